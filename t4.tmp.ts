import { normalize } from './lib/detect/normalize';
const strs = Array.from({length:20000},(_, i)=>'Trump-Putin summit in Helsinki'+i);
for (let k=0;k<5;k++){ let t0=performance.now(); for(const s of strs) normalize(s); console.log('normalize x20k', performance.now()-t0);}
let t0=performance.now(); for(const s of strs) /[UA]/.test(s); console.log('re', performance.now()-t0);
t0=performance.now(); for(const s of strs) { new Int32Array(40).slice(0,30); new Int32Array(40).slice(0,30);} console.log('alloc', performance.now()-t0);
