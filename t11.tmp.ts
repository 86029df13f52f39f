import { readFileSync, readdirSync } from 'node:fs';
import { toMatcherEvent, compileMatcher, createDocumentState } from './lib/detect';
import { scanText } from './lib/detect/matcher';
import { annotate } from './lib/detect/units';
import { framesOfSentence } from './lib/detect/patterns';
const evs = readdirSync('assets/events').filter(f=>f.endsWith('.json')).flatMap(f=>JSON.parse(readFileSync('assets/events/'+f,'utf8')));
const m = compileMatcher(evs.map(toMatcherEvent));
const text = process.argv[2];
const a = annotate(scanText(m, text), m.lexicon);
console.log('aliases', a.aliases.map(h=>[h.t0,h.t1,JSON.stringify(h.sense)]));
for (let s=0;s<a.sentStart.length-1;s++) for (const f of framesOfSentence(a, s, {lang:'en', placeSide:()=>null}, new Set())) console.log(JSON.stringify({...f, sides:[...f.sides], clauseSides:[...f.clauseSides], sentSides:[...f.sentSides]}));
import { resolveFrame } from './lib/detect/resolve';
const st = createDocumentState({ publishedAt: process.argv[3] });
for (let s=0;s<a.sentStart.length-1;s++) for (const f of framesOfSentence(a, s, {lang:'en', placeSide:()=>null}, new Set())) { const r = resolveFrame(m, st, {frame: f, sentCues: new Map(), aliasText: ()=>''}); console.log(r.status, r.score, r.eventIdx!==null? m.events[r.eventIdx].id:null, r.reasons, r.candidates.slice(0,4)); }
