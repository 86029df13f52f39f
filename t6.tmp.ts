import { readFileSync, readdirSync } from 'node:fs';
import { toMatcherEvent } from './lib/detect/matcherEvent';
import { buildLexicon } from './lib/detect/lexicon';
import { normalizeString } from './lib/detect/normalize';
import { splitWords } from './lib/detect/tokenize';
const evs = readdirSync('assets/events').filter(f=>f.endsWith('.json')).flatMap(f=>JSON.parse(readFileSync('assets/events/'+f,'utf8')));
const me = evs.map(toMatcherEvent);
for (let i=0;i<10;i++){ let t0=performance.now(); buildLexicon([]); const a=performance.now()-t0; t0=performance.now(); buildLexicon(me); console.log('empty', a.toFixed(1), 'full', (performance.now()-t0).toFixed(1)); }
const strs = Array.from({length:20000},(_, i)=>'Trump-Putin summit in Helsinki'+i);
for (let k=0;k<3;k++){ let t0=performance.now(); for(const s of strs) splitWords(normalizeString(s)); console.log('norm+split x20k', performance.now()-t0);}
for (let k=0;k<3;k++){ let t0=performance.now(); for(const s of strs) JSON.stringify({t:'alias',ev:k,shared:true}); console.log('json x20k', performance.now()-t0);}
