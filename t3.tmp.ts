import { normalize } from './lib/detect/normalize';
import { tokenize } from './lib/detect/tokenize';
let t0=performance.now(); for(let i=0;i<20000;i++) normalize('Trump-Putin summit in Helsinki'+i); console.log('normalize x20k', performance.now()-t0);
t0=performance.now(); for(let i=0;i<20000;i++) { const s='Trump-Putin summit in Helsinki'+i; tokenize(normalize(s), s, null);} console.log('norm+tok x20k', performance.now()-t0);
