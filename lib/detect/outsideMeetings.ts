/**
 * Frames the patterns read as a meeting that name none of ours: a span of years in which leaders
 * met (a practice), talks whose country word is their topic. Each test
 * reads one frame (and its sentence) and says whether admit (pipeline.ts) should drop it.
 */
import type { Lexicon } from './lexicon';
import { sentenceUnits, type Frame } from './patterns';
import { senseOf, tokenText, type Annotation } from './units';

/** The side whose country a place is in (its capital, its seats), or null. */
export function placeSideOf(lex: Lexicon, key: string): 'us' | 'ru' | null {
  const c = lex.places.get(key)?.country;
  if (c === 'russia' || c === 'soviet union' || key === 'russia' || key === 'soviet union') return 'ru';
  if (c === 'usa' || key === 'usa') return 'us';
  return null;
}

/** Words opening a span of time: "between … and …", "from … to …", «между … и …», «з … до …». */
const SPAN_OPEN = new Set(['between', 'from', 'между', 'миж', 'от', 'с', 'з', 'вид']);

/**
 * "The two presidents met between 2017 and 2019", «встречались с 2017 по 2019 год»: a meeting verb
 * whose own times are the ends of a span of several years names every meeting in it, none in
 * particular (a place or a name of its own would say which).
 */
export function yearSpanPractice(a: Annotation, f: Frame): boolean {
  if (f.pos !== 'v' || f.aliases.length || f.places.length || f.unknownPlace) return false;
  const years = new Set(f.times.filter((t) => t.y !== undefined).map((t) => t.y));
  if (years.size < 2) return false;
  for (let t = f.anchor + 1; t < f.t1; t++) if (SPAN_OPEN.has(tokenText(a, t))) return true;
  return false;
}

/** Topic adjectives written between a country and its talks ("Iran nuclear talks", "Gaza peace talks"). */
const TOPIC_ADJECTIVES = new Set(['nuclear', 'peace', 'trade', 'ceasefire', 'truce', 'arms', 'security', 'tariff', 'gas', 'energy', 'grain']);

/**
 * "Cooperation with Moscow on the Iran nuclear talks": a third country written before a topic
 * adjective before the meeting noun is what the talks are about, not where they are held, and
 * the meeting is that country's (with whoever), not one of ours. Only a country: a city in that
 * place is the venue ("the Geneva arms talks").
 */
export function topicCountryTalks(a: Annotation, f: Frame): boolean {
  if (f.pos !== 'n' || f.aliases.length || f.persons.length) return false;
  const units = sentenceUnits(a, f.sentence);
  const k = units.findIndex((u) => u.t0 <= f.anchor && f.anchor < u.t1);
  // The topic word may stand on its own ("Iran nuclear talks") or open the meeting phrase ("peace talks").
  const own = TOPIC_ADJECTIVES.has(tokenText(a, units[k]?.t0 ?? f.anchor)) && units[k].t1 - units[k].t0 > 1;
  const c = own ? k - 1 : k - 2;
  if (c < 0) return false;
  if (!own) {
    const adj = units[k - 1];
    if (adj.t1 - adj.t0 !== 1 || !TOPIC_ADJECTIVES.has(tokenText(a, adj.t0))) return false;
  }
  const place = senseOf(units[c], 'place');
  if (!place) return false;
  const info = a.lex.places.get(place.key);
  return !!info && info.level === 'country' && !placeSideOf(a.lex, place.key) && info.country !== 'ukraine' && place.key !== 'ukraine';
}
