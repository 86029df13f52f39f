import { readFileSync, readdirSync } from 'node:fs';
import { toMatcherEvent, compileMatcher, detect, createDocumentState } from './lib/detect';
const evs = readdirSync('assets/events').filter(f=>f.endsWith('.json')).flatMap(f=>JSON.parse(readFileSync('assets/events/'+f,'utf8')));
const m = compileMatcher(evs.map(toMatcherEvent));
const labels = JSON.parse(readFileSync('../shared/seeds/labels.json','utf8'));
const only = process.argv[2];
for (const art of labels.articles) {
  if (only && !art.file.startsWith(only)) continue;
  const text = readFileSync('../shared/seeds/'+art.file,'utf8');
  const pm = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)/.exec(art.published);
  const st = createDocumentState({ publishedAt: pm?.[1] });
  const ms = detect(text, m, st);
  console.log('=== ', art.file, art.published);
  for (const x of ms) { const ev = x.eventId ? evs.find((e:any)=>e.id===x.eventId) : null; console.log(`  [${x.status} ${x.confidence} ${x.via}] "${x.quote}" -> ${x.eventId} ${ev?.start ?? ''} | ${x.reasons.join('; ')} | ${x.candidates.slice(0,3).map(c=>c.eventId+':'+c.score).join(' ')}`); }
  for (const l of art.must) { const hit = ms.find(x => { const i = text.indexOf(l.quote); return x.start < i + l.quote.length && i < x.end; }); const ev = hit?.eventId ? evs.find((e:any)=>e.id===hit.eventId) : null; const ok = hit && hit.status===l.match && (!l.date || [l.date, ...(l.alsoAccept??[])].some((d:string)=> ev?.start.slice(0,d.length)===d)); console.log(`  MUST ${ok?'OK ':'FAIL'} "${l.quote}" ${l.match} ${l.date??''}`); }
  for (const l of art.mustNot) { const i = text.indexOf(l.quote); const hit = ms.find(x => x.status==='known' && x.start < i + l.quote.length && i < x.end); console.log(`  NOT  ${hit?'FAIL':'OK  '} "${l.quote}"`); }
}
