import { readFileSync, readdirSync } from 'node:fs';
import { toMatcherEvent, compileMatcher, detect, createDocumentState } from './lib/detect';
const evs = readdirSync('assets/events').filter(f=>f.endsWith('.json')).flatMap(f=>JSON.parse(readFileSync('assets/events/'+f,'utf8')));
const m = compileMatcher(evs.map(toMatcherEvent));
const corpus = JSON.parse(readFileSync(''+(process.env.CORPUS??'tests/fixtures/corpus/passages.json')+'','utf8'));
let exp=0, found=0, resOk=0, resN=0, fp=0, tpM=0;
const verbose = process.argv[2]==='-v';
for (const p of corpus.passages) {
  const ms = detect(p.text, m, createDocumentState({ publishedAt: p.published }));
  const lines: string[] = [];
  const used = new Set<number>();
  for (const e of p.expect) {
    exp++;
    const i = p.text.indexOf(e.quote);
    const hits = ms.filter(x => x.start < i+e.quote.length && i < x.end);
    const good = hits.find(x => e.status==='related' ? x.status==='related' : (x.status==='known'||x.status==='unknown'));
    if (good) { found++; used.add(ms.indexOf(good)); }
    if (e.date && e.status!=='unknown') { resN++; const ev = good?.eventId ? evs.find((q:any)=>q.id===good.eventId) : null; if (good && good.status===e.status && ev && ev.start.startsWith(e.date)) resOk++; else lines.push(`   RES FAIL want ${e.status} ${e.date} got ${hits.map(h=>h.status+' '+h.eventId).join(',')}`); }
    else if (e.status==='unknown' && good && good.status!=='unknown') lines.push(`   RES want unknown got ${good.status} ${good.eventId}`);
    if (!good) lines.push(`   MISS "${e.quote}" (${e.status} ${e.date??''}) got: ${hits.map(h=>h.status+' '+h.eventId).join(',')}`);
  }
  ms.forEach((x,i)=>{ if (x.status==='known'||x.status==='unknown') { if (used.has(i) || p.expect.some((e:any)=>{const j=p.text.indexOf(e.quote); return x.start < j+e.quote.length && j < x.end;})) tpM++; else { fp++; lines.push(`   FP [${x.status} ${x.eventId}] "${x.quote}"`);} } });
  if (lines.length || verbose) { console.log(p.id); for (const x of ms) console.log(`    [${x.status} ${x.confidence} ${x.via}] "${x.quote}" ${x.eventId} | ${x.reasons.join('; ')}`); lines.forEach(l=>console.log(l)); }
}
console.log(`recall ${found}/${exp}=${(found/exp).toFixed(3)} precision ${tpM}/${tpM+fp}=${(tpM/(tpM+fp)).toFixed(3)} resolution ${resOk}/${resN}=${(resOk/resN).toFixed(3)}`);
