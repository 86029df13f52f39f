import { readFileSync, readdirSync } from 'node:fs';
import { toMatcherEvent } from './lib/detect/matcherEvent';
import { compileMatcher } from './lib/detect/matcher';
const evs = readdirSync('assets/events').filter(f=>f.endsWith('.json')).flatMap(f=>JSON.parse(readFileSync('assets/events/'+f,'utf8')));
const me = evs.map(toMatcherEvent);
for (let i=0;i<20;i++){ const t0=performance.now(); compileMatcher(me); if(i%5==0) console.log('compile ms', performance.now()-t0); }
