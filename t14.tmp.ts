import { readFileSync, readdirSync } from 'node:fs';
import { toMatcherEvent, compileMatcher, createDocumentState } from './lib/detect';
import { scanText } from './lib/detect/matcher';
import { annotate } from './lib/detect/units';
import { framesOfSentence } from './lib/detect/patterns';
import { resolveFrame } from './lib/detect/resolve';
import { MASK } from './lib/detect/lexicon';
const evs = readdirSync('assets/events').filter(f=>f.endsWith('.json')).flatMap(f=>JSON.parse(readFileSync('assets/events/'+f,'utf8')));
const m = compileMatcher(evs.map(toMatcherEvent));
const text = readFileSync('/tmp/bench1mb.txt','utf8');
const cpu=()=>{const c=process.cpuUsage(); return (c.user+c.system)/1000;};
for (let rep=0;rep<3;rep++){
let t=cpu();
const a = annotate(scanText(m, text), m.lexicon); const t1=cpu();
const meetSent = new Set<number>(); const d=a.scan.hits.data;
for (let i=0;i<a.scan.hits.count;i++){ if (m.lexicon.mask[d[i*3]] & (MASK.meet|MASK.alias)) meetSent.add(a.sentOf[d[i*3+1]]); }
const frames=[]; for (const s of meetSent) frames.push(...framesOfSentence(a, s, {lang:'en', placeSide:()=>null}, new Set()));
const t2=cpu();
const st = createDocumentState({publishedAt:'2025-11-01'});
let n=0; for (const f of frames) { const r = resolveFrame(m, st, {frame:f, sentCues:new Map(), aliasText:()=>''}); if (r.status) n++; }
const t3=cpu();
console.log('scan+annotate', (t1-t).toFixed(0), 'frames', frames.length, 'sentences', meetSent.size, 'of', a.sentStart.length, (t2-t1).toFixed(0), 'resolve', (t3-t2).toFixed(0), n);
}
