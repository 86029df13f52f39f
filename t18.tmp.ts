import { readFileSync, readdirSync } from 'node:fs';
import { toMatcherEvent, compileMatcher, createDocumentState, detect } from './lib/detect';
import { scanText } from './lib/detect/matcher';
import { annotate } from './lib/detect/units';
import { framesOfSentence } from './lib/detect/patterns';
import { resolveFrame } from './lib/detect/resolve';
const evs = readdirSync('assets/events').filter(f=>f.endsWith('.json')).flatMap(f=>JSON.parse(readFileSync('assets/events/'+f,'utf8')));
const m = compileMatcher(evs.map(toMatcherEvent));
const st = createDocumentState({ publishedAt: process.argv[3] });
const pre = process.argv[4] ?? '';
if (pre) detect(pre, m, st);
const text = process.argv[2];
const a = annotate(scanText(m, text), m.lexicon);
for (let s=0;s<a.sentStart.length-1;s++) for (const f of framesOfSentence(a, s, {lang:'en', placeSide:()=>null}, new Set())) { console.log(JSON.stringify({q: text.slice(a.scan.norm.starts[a.scan.toks.start[f.t0]], a.scan.norm.ends[a.scan.toks.end[f.t1-1]-1]), kind: f.kind, tense: f.tense, places: f.places, cp: f.clausePlaces, times: f.times, ct: f.clauseTimes, sides:[...f.sides], forum: f.forum, sport: f.sport}));
 const r = resolveFrame(m, st, {frame: f, sentCues: new Map(), aliasText: ()=>''}); console.log('  ->', r.status, r.score.toFixed(2), r.eventIdx!==null? m.events[r.eventIdx].id:null, r.reasons.join('; '), r.candidates.slice(0,3).map(c=>c.eventId+':'+c.score).join(' ')); }
