import { readFileSync } from 'node:fs';
import { normalize } from './lib/detect/normalize';
import { tokenize } from './lib/detect/tokenize';
const text = readFileSync('/tmp/bench1mb.txt','utf8');
const cpu=()=>{const c=process.cpuUsage(); return (c.user+c.system)/1000;};
const mins: Record<string, number> = {};
for (let k=0;k<15;k++){ let t=cpu(); const n=normalize(text); const a=cpu()-t; t=cpu(); tokenize(n, text, null); const b=cpu()-t; mins.norm=Math.min(mins.norm??1e9,a); mins.tok=Math.min(mins.tok??1e9,b); }
console.log(mins);
