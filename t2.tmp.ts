import { readFileSync, readdirSync } from 'node:fs';
import { toMatcherEvent } from './lib/detect/matcherEvent';
import { compileMatcher, scanText } from './lib/detect/matcher';
const evs = readdirSync('assets/events').filter(f=>f.endsWith('.json')).flatMap(f=>JSON.parse(readFileSync('assets/events/'+f,'utf8')));
const me = evs.map(toMatcherEvent);
let t0=performance.now(); const m = compileMatcher(me); console.log('compile ms', performance.now()-t0, 'vocab', m.lexicon.table.size, 'phrases', m.lexicon.seg.length, 'maxlen', m.lexicon.maxPhraseLen);
t0=performance.now(); const m2 = compileMatcher(me); console.log('compile2 ms', performance.now()-t0);
const text = readFileSync('../shared/seeds/003_12debd56295b7873.txt','utf8') + '\nВстреча Путина и Трампа на Аляске; переговоры России и США в Эр-Рияде прошли.';
const s = scanText(m, text);
const L = m.lexicon;
for (let i=0;i<s.hits.count;i++){ const [p,a,b]=[s.hits.data[i*3],s.hits.data[i*3+1],s.hits.data[i*3+2]];
  const q = s.norm.text.slice(s.toks.start[a], s.toks.end[b-1]);
  console.log(q, JSON.stringify(L.seg[p]).slice(0,120), JSON.stringify(L.ov[p].map(o=>o.t==='alias'||o.t==='cue'? o.t+':'+me[o.ev].id : o)).slice(0,150)); }
