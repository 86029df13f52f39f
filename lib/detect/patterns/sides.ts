/**
 * Is a unit a party, and of which side? Paired surnames that are also words, alliances, adjective
 * sides before a noun we do not know, third parties (other countries, third-party surnames), a
 * person of the side a subject lacks, the owner of a group ("Putin's envoy"). One token's reading;
 * the walks and collectSides build on it.
 */
import { F_CAP, F_CLAUSE, F_COMMA, F_CYR, F_DOT, F_HYPH, F_NUM, F_SENT } from '../tokenize';
import { flagsOf, funcOf, senseOf, tokenText, type Annotation, type Unit } from '../units';
import { THIRD_PARTY_SURNAMES, type SideCode } from '../vocab';
import { gapBefore } from './words';

/**
 * The side a unit stands for as a party. An adjective side followed by a noun we do not know
 * ("Russian toponyms", "Russian oil", "Russian skaters") describes something else, not a party;
 * "Russian officials", "Russian and American envoys", "Russian President" remain parties.
 */
/**
 * A surname that is also a word ('Ford', 'Baker', 'Rice', 'Johnson') is a person of its side when
 * "and"/"with" joins it to a person of the other side: "Ford and Brezhnev", «Брежнева и Форда»,
 * "Baker with Shevardnadze", or a hyphen or dash: "the Johnson-Kosygin talks". Alone it stays a name
 * for resolution only ("a Ford plant").
 */
export function pairedWeak(units: Unit[], i: number, a: Annotation): boolean {
  const p = senseOf(units[i], 'person');
  if (!p?.weak || (p.side !== 'us' && p.side !== 'ru')) return false;
  // "the Johnson-Kosygin talks", "Ford–Brezhnev": a pair written with a hyphen or dash.
  for (const d of [-1, 1]) {
    const other = units[i + d];
    if (!other || !(flagsOf(a, units[d < 0 ? i : i + 1]) & F_HYPH)) continue;
    const q = senseOf(other, 'person');
    if (q && !q.weak && q.side !== p.side && (q.side === 'us' || q.side === 'ru')) return true;
  }
  for (const d of [-2, 2]) {
    const link = units[i + d / 2];
    const other = units[i + d];
    if (!link || !other) continue;
    const f = funcOf(link);
    if (f !== 'and' && f !== 'with') continue;
    const q = senseOf(other, 'person');
    if (q && !q.weak && q.side !== p.side && (q.side === 'us' || q.side === 'ru')) return true;
  }
  // The object of the other side's meeting verb: "Brezhnev met (with) Ford", «Брежнєв зустрівся з Фордом»;
  // not a surname a third party bears too ("Lavrov met Johnson" may be Boris).
  if (THIRD_PARTY_SURNAMES.has(p.key)) return false;
  let j = i - 1;
  if (j > 0 && funcOf(units[j]) === 'with') j--;
  if (j > 0 && senseOf(units[j], 'meet')?.pos === 'v') {
    const q = senseOf(units[j - 1], 'person');
    if (q && !q.weak && q.side !== p.side && (q.side === 'us' || q.side === 'ru')) return true;
  }
  return false;
}

/**
 * "The Big Three", "the Big Four": a unit that is both sides at once (listed under each in vocab.ts),
 * as a name of the powers' leaders, not of carmakers or accounting firms: what follows it must be a
 * word the lists know (a meeting word, a role, "at", "in"…) or the end of the clause.
 */
export function allianceAt(a: Annotation, units: Unit[], i: number): boolean {
  const u = units[i];
  let us = false;
  let ru = false;
  for (const s of u.senses) {
    if (s.t !== 'side' || s.adj) continue;
    if (s.side === 'us') us = true;
    else if (s.side === 'ru') ru = true;
  }
  if (!us || !ru) return false;
  const next = units[i + 1];
  return !next || next.senses.length > 0 || !!(flagsOf(a, next) & (F_COMMA | F_DOT | F_CLAUSE));
}

export function partySide(a: Annotation, units: Unit[], i: number): SideCode | null {
  const u = units[i];
  const p = senseOf(u, 'person');
  if (p) return p.weak && !pairedWeak(units, i, a) ? null : p.side;
  const s = senseOf(u, 'side');
  if (!s) return null;
  if (s.adj || isAmericanAdjective(a, u)) {
    // Find the head noun: skip "and", other sides, modifiers; allow two unknown words before a
    // role ("defense officials", "military officers").
    let j = i + 1;
    while (j < units.length && (funcOf(units[j]) === 'and' || senseOf(units[j], 'side') || senseOf(units[j], 'mod'))) {
      if (flagsOf(a, units[j]) & (F_COMMA | F_DOT | F_CLAUSE)) break;
      j++;
    }
    let unknown = 0;
    while (j < units.length && !units[j].senses.length && !(flagsOf(a, units[j]) & (F_CAP | F_NUM | F_COMMA | F_DOT | F_CLAUSE)) && unknown < 3) {
      unknown++;
      j++;
    }
    if (unknown > 0) {
      const head = units[j];
      const ok = head && unknown <= 2 && senseOf(head, 'role') && !(flagsOf(a, head) & (F_COMMA | F_DOT | F_CLAUSE));
      if (!ok) return null;
    }
  }
  return s.side;
}

/** Countries whose people are the two sides (or Ukraine, which has its own side code). */
export const SIDE_COUNTRIES = new Set(['usa', 'russia', 'soviet union', 'ukraine']);

/**
 * A third party no list names: a country ("Indonesia's president", "Brazil's foreign minister")
 * or an unknown capitalised word ("the Paraguayan delegation") right before a role. Whoever meets
 * them, it is not a US–Russia meeting.
 */
export function thirdPartyAt(a: Annotation, units: Unit[], j: number): boolean {
  const u = units[j];
  const next = units[j + 1];
  if (!u || !next) return false;
  const roleNext = !!senseOf(next, 'role') || (!!senseOf(next, 'mod') && !!units[j + 2] && !!senseOf(units[j + 2], 'role'));
  // Russian and Ukrainian put the country after the role, in the genitive: «президента Индонезии»,
  // «прем'єр-міністра Індії».
  if (!roleNext) return !!senseOf(u, 'role') && !!(flagsOf(a, next) & F_CYR) && otherCountry(a, next);
  if (senseOf(u, 'place')) return otherCountry(a, u);
  const f = flagsOf(a, u);
  // An agency's Cyrillic abbreviation («РФПИ», «ГРУ», «МЗС») is no country: read in the page's own
  // letters, since token text is folded to lower case.
  return !u.senses.length && !!(f & F_CAP) && !(f & F_SENT) && !(f & F_CYR && /^[А-ЯЁІЇЄҐ]{2,}$/.test(originalToken(a, u.t0)));
}

/** Token t as the page writes it (case kept), where tokenText gives the folded form. */
function originalToken(a: Annotation, t: number): string {
  const { scan } = a;
  return scan.original.slice(scan.norm.starts[scan.toks.start[t]], scan.norm.ends[scan.toks.end[t] - 1]);
}

/** A country that is neither side (nor Ukraine). */
function otherCountry(a: Annotation, u: Unit): boolean {
  const p = senseOf(u, 'place');
  const info = p && a.lex.places.get(p.key);
  return !!p && !!info && info.level === 'country' && !SIDE_COUNTRIES.has(info.country) && !SIDE_COUNTRIES.has(p.key);
}

/**
 * A third country listed with the sides ("from Russia, the United States and Norway"): the group
 * is multinational, so its meeting is not a US–Russia one.
 */
export function listedCountry(a: Annotation, units: Unit[], i: number): boolean {
  const p = senseOf(units[i], 'place');
  if (!p) return false;
  const info = a.lex.places.get(p.key);
  if (!info || info.level !== 'country' || SIDE_COUNTRIES.has(info.country) || SIDE_COUNTRIES.has(p.key)) return false;
  const joined = (i > 0 && funcOf(units[i - 1]) === 'and') || !!(flagsOf(a, units[i]) & F_COMMA);
  if (!joined) return false;
  for (let q = Math.max(0, i - 5); q < i; q++) if (senseOf(units[q], 'side')) return true;
  return false;
}

/** "American" (the adjective, folded into the US token) behaves like "Russian": "American astronauts" is no party. */
function isAmericanAdjective(a: Annotation, u: Unit): boolean {
  if (u.t1 - u.t0 !== 1) return false;
  const { norm, toks, original } = a.scan;
  const s = norm.starts[toks.start[u.t0]];
  const e = norm.ends[toks.end[u.t0] - 1];
  const w = original.slice(s, e);
  return w === 'American' || w === 'AMERICAN';
}

/** A named (not weak) person of the side the subject lacks: the verb's object ("Trump greeted Putin"). */
export function otherSidePerson(u: Unit, sides: Set<SideCode>): { key: string; side: SideCode } | null {
  const p = senseOf(u, 'person');
  return p && !p.weak && (p.side === 'us' || p.side === 'ru') && !sides.has(p.side) ? p : null;
}

/**
 * Nouns for a leader's people: envoys, a delegation, a team, negotiators, aides, representatives,
 * advisers, a spokesman. English as whole (normalised) words; Russian and Ukrainian as folded stems
 * (і → и), any case.
 */
const OWNED_EN = /^(envoys?|emissar(y|ies)|delegations?|delegates|negotiators?|aides?|advis[eo]rs?|team|representatives?|spokes(man|woman|person)|intermediar(y|ies)|go-betweens?)$/u;
const OWNED_CYR = /^(спец)?(послан(ник|ц|ец|ець)|эмиссар|емисар|делегац|команд([аыеуи]|ой|ою)?$|переговорщик|переговирник|представител[ьяиеюм]|представник|помощник|помичник|советник|радник|пресс-секретар|прес-секретар)/u;

/** The unit's last word is such a noun ("special envoy", «спецпредставитель»), and it names nobody. */
function ownedUnit(a: Annotation, u: Unit): boolean {
  if (senseOf(u, 'person')) return false;
  const w = tokenText(a, u.t1 - 1);
  return OWNED_EN.test(w) || OWNED_CYR.test(w);
}

/** Nouns of a person's tie to another, before the person they name: "Trump's son-in-law Jared Kushner", "Putin's old friend". */
const TIE = new Set(['law', 'friend', 'friends', 'ally', 'allies', 'confidant', 'confidante', 'protege', 'pointman', 'deputy', 'man']);

/** Token t is followed by an English possessive in the original text ("Trump's", "Putin’s"; normalising drops it). */
function possessive(a: Annotation, t: number): boolean {
  const { norm, toks, original } = a.scan;
  const e = norm.ends[toks.end[t] - 1];
  return /^['’]/u.test(original.slice(e, e + 1));
}

// Between the group and its owner: "envoys for/of/from President Trump", "a team sent by Putin",
// "on behalf of Trump", «по поручению Путина», «от имени Трампа», «делегация, направленная Путиным».
const OWNER_PREP = new Set(['for', 'of', 'from']);
const SENT_BY = /^(sent|dispatched|despatched|appointed|named|tapped|deployed|chosen|picked|authori[sz]ed|empowered)$/u;
const ON_BEHALF = new Set(['behalf', 'поручению', 'поручення', 'дорученням', 'доручення', 'имени']);
const SENT_CYR = /^(направлен|отправлен|посланн|командирован|делегирован|надислан|уповноважен|уполномочен)/u;

/** A title between a group noun and its owner: "President", «президента», "US", «США». */
function titleBetween(a: Annotation, u: Unit): boolean {
  if (senseOf(u, 'person') || senseOf(u, 'meet')) return false;
  if (senseOf(u, 'role')) return !ownedUnit(a, u);
  return !!senseOf(u, 'side');
}

/**
 * Is the person at units[i] the owner of people beside it, named as whose they are, not as one of
 * them? "Putin's envoys", "Trump envoy Witkoff", "Trump's special envoy Steve Witkoff", "Trump's
 * son-in-law Jared Kushner", "Putin's foreign minister Lavrov" (a possessive, a noun and the person
 * it names); "envoys for President Trump", "a delegation sent by Putin", "on behalf of Trump";
 * «посланцями Путіна», «представители президента США Трампа», «помощник Путина Юрий Ушаков»,
 * «делегация, направленная Путиным», «по поручению Путина». The owner's side is at the table; the
 * owner is not. (Not a name in apposition: in «спецпосланник Уиткофф», Witkoff, in the nominative,
 * is the envoy.)
 */
export function ownerOfGroup(a: Annotation, units: Unit[], i: number): boolean {
  return ownsAfter(a, units, i) || ownedBefore(a, units, i);
}

/** "Putin's envoys", "Trump envoy Witkoff", "Trump's longtime friend Witkoff": the group after the owner. */
function ownsAfter(a: Annotation, units: Unit[], i: number): boolean {
  // (Normalising drops the English possessive: "Putin's envoys" reads 'putin envoys'.)
  const poss = possessive(a, units[i].t1 - 1);
  for (let j = i + 1; j < units.length && j <= i + 3; j++) {
    const u = units[j];
    const hyph = !!(flagsOf(a, u) & F_HYPH);
    if (!hyph && !/^\s+$/.test(gapBefore(a, u.t0))) return false;
    if (ownedUnit(a, u)) return true;
    // A possessive, a noun and the person it names: "Trump's son-in-law Jared Kushner", "Putin's foreign minister Lavrov".
    const next = units[j + 1];
    if (poss && next && senseOf(next, 'person') && /^\s+$/.test(gapBefore(a, next.t0)) && (senseOf(u, 'role') || TIE.has(tokenText(a, u.t1 - 1)))) return true;
    // Only the parts of one hyphenated noun stand between: "son-in-law", "go-between". (Other
    // words before the noun, "Putin's foreign policy aide", were tried: a held-out page lost a mark.)
    if (!poss || !(hyph || (next && flagsOf(a, next) & F_HYPH))) return false;
  }
  return false;
}

/** "envoys for President Trump", «посланник Путина», «делегация, направленная Путиным»: the group before the owner. */
function ownedBefore(a: Annotation, units: Unit[], i: number): boolean {
  const name = tokenText(a, units[i].t1 - 1);
  let j = i - 1;
  while (j >= 0 && i - j <= 4 && titleBetween(a, units[j])) j--;
  const u = units[j];
  if (!u) return false;
  const w = tokenText(a, u.t1 - 1);
  if (flagsOf(a, units[i]) & F_CYR) {
    // The owner is a man's surname in the genitive («посланник Путина», «команди Трампа»), or in
    // the instrumental after "sent" («направленная Путиным»).
    if (/[ая]$/u.test(name) && (ON_BEHALF.has(w) || ownedUnit(a, u))) return true;
    return SENT_CYR.test(w) && /(ым|им|ом|ем)$/u.test(name);
  }
  if (w === 'by') return u.t0 > 0 && SENT_BY.test(tokenText(a, u.t0 - 1));
  if (!OWNER_PREP.has(w)) return false;
  if (w === 'of' && u.t0 > 0 && tokenText(a, u.t0 - 1) === 'behalf') return true;
  const g = units[j - 1];
  return !!g && ownedUnit(a, g);
}
