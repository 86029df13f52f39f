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

/** Words for a leader's people (folded stems): envoys, a delegation, a team, negotiators, aides. */
const OWNED_GROUP = /^(envoys?|emissar(y|ies)|delegations?|delegates|negotiators?|aides|team|representatives?|посланник|посланц|спецпосланник|спецпосланц|эмиссар|емисар|делегац|команд|переговорщик|переговирник|представител|спецпредставител)/u;

/**
 * Is the person at units[i] the owner of the group of people beside it: "Putin's envoys" (the
 * person, then the group word) or «посланцями Путіна», «делегация Трампа» (the group word, then the
 * person in the genitive)? The owner's side is at the table; the owner is not.
 */
export function ownerOfGroup(a: Annotation, units: Unit[], i: number): boolean {
  const next = units[i + 1];
  // (Normalising drops the English possessive: "Putin's envoys" reads 'putin envoys'.)
  if (next && /^\s+$/.test(gapBefore(a, next.t0)) && OWNED_GROUP.test(tokenText(a, next.t0))) return true;
  const prev = units[i - 1];
  return !!prev && /[а-яіїєґ]/u.test(tokenText(a, prev.t1 - 1)) && OWNED_GROUP.test(tokenText(a, prev.t1 - 1)) && !senseOf(prev, 'person');
}
