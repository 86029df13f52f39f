import { readFileSync, readdirSync } from 'node:fs';
import { toMatcherEvent, compileMatcher } from './lib/detect';
const evs = readdirSync('assets/events').filter(f=>f.endsWith('.json')).flatMap(f=>JSON.parse(readFileSync('assets/events/'+f,'utf8')));
const me = evs.map(toMatcherEvent);
const cpu=()=>{const c=process.cpuUsage(); return (c.user+c.system)/1000;};
let min=1e9; for (let k=0;k<30;k++){ const t=cpu(); compileMatcher(me); min=Math.min(min,cpu()-t);} console.log('compile min', min);
let t=cpu(); compileMatcher([]); console.log('empty', cpu()-t);
