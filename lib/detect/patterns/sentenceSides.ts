/**
 * collectSides: the sides named in a stretch of the sentence (the clause, the sentence), minus
 * those said to be left out ("without Ukraine", "Kyiv was not invited") and minus speakers. It
 * feeds the frame's clauseSides and sentSides, which make a frame 'usru-weak' or 'third'.
 */
import { F_CLAUSE, F_COMMA, F_DOT, F_SENT } from '../tokenize';
import { senseOf, tokenText, type Annotation, type Unit } from '../units';
import type { SideCode } from '../vocab';
import { fromCity } from './places';
import { allianceAt, listedCountry, ownerOfGroup, partySide, thirdPartyAt } from './sides';
import { isSpeechVerb } from './words';

export function collectSides(a: Annotation, units: Unit[], from: number, to: number, skipFrom: number, skipTo: number, into: Set<SideCode>, persons?: string[], skipSpeakers = false): void {
  for (let i = from; i < to; i++) {
    if (i >= skipFrom && i <= skipTo) continue;
    // A unit that is no person, side, role or place ("the", "talks", "in") is no party of any
    // kind: every check below would say no. Nor is a word no list knows, unless a role may follow
    // it ("the Paraguayan delegation").
    const u = units[i];
    if (u.senses.length ? !mayBeParty(u) : !units[i + 1]?.senses.length) continue;
    // "The Kremlin confirmed that the meeting in Moscow…", "Washington says…": a government
    // quoted about the meeting is the source, not one side of it.
    if (skipSpeakers && !senseOf(units[i], 'person') && i + 1 < to && isSpeechVerb(tokenText(a, units[i + 1].t0))) continue;
    const p = senseOf(units[i], 'person');
    // "Trump's envoy Witkoff", «представители Трампа»: the owner of the people named is not one of them (ownerOfGroup).
    if (p && persons && !persons.includes(p.key) && (p.weak || !ownerOfGroup(a, units, i))) persons.push(p.key);
    if (thirdPartyAt(a, units, i) || listedCountry(a, units, i)) {
      into.add('other');
      continue;
    }
    if (allianceAt(a, units, i)) {
      into.add('us').add('ru');
      continue;
    }
    const side = partySide(a, units, i);
    if (side && !(senseOf(units[i], 'place') && fromCity(a, units, i)) && !leftOutAt(a, units, i)) into.add(side);
  }
}

// A party the sentence leaves out of the meeting is not one of its sides: "Ukraine was not invited
// to the talks in Saudi Arabia", "neither Kyiv nor Brussels will take part", "talks without Ukraine",
// «переговоры без участия Украины», «Україну не запросили». Coverage of US–Russia rounds says this
// constantly, and counting the excluded country as a party turned those rounds into related ones.
const LEFT_OUT_BEFORE = new Set(['without', 'excluding', 'без']);
const LEFT_OUT_AFTER =
  /^(?:(?:was|were|is|are|has|have|had|will|would|did|does|do|could|can|been|be|being|also|even|still|yet)\s+)*(?:(?:not|never|t)\s+(?:(?:been|be|being|even|yet|directly)\s+)*(?:invited|included|present|represented|consulted|informed|involved|part|participating|participate|take part|taking part|attend|attending|at the table|in the room)|excluded|sidelined|left out|shut out|absent|kept out|frozen out|cut out)\b/;
const LEFT_OUT_CYR = /^не\s+(?:был[аио]?\s+|буде\s+|будет\s+|було\s+|були\s+|бул[аио]\s+)?(?:приглас|приглаш|запрош|запрос|допущ|допуск|участв|брал|брал[аи]|бере|будет участ|прим[еу]т участ|визьме участь|братиме участь|долуч|присутств|представлен)/;

const LEFT_IN = /^(?:(?:was|were|is|are|has|have|had|will|would|did|does|do|could|can|been|be|being)\s+)*(?:invited|included|present|represented|consulted|informed|involved|part of|take part|taking part|attend|attending|at the table|in the room|приглаш|запрош|участв|присутств|представлен)/;

// (Sets, not regexes: asked at every word around every party of every sentence.)
const LEFT_OUT_STEP = new Set(['the', 'participation', 'of', 'участия', 'участи', 'представителей', 'представникив']);
const LEFT_OUT_JOIN = new Set(['nor', 'or', 'and', 'и', 'ни', 'та']);
// What the words after the party must start with for LEFT_OUT_AFTER or LEFT_OUT_CYR (and LEFT_IN)
// to match them, tried on the first word alone: most parties are followed by none of these, and
// then the words are not joined and matched at all.
const LEFT_OUT_START = /^(?:was|were|is|are|ha[sdv]|will|would|d[io]|could|can|be|also|even|still|yet|not|never|t$|excluded|sidelined|left|shut|absent|kept|frozen|cut|не$)/;
const LEFT_IN_START = /^(?:was|were|is|are|ha[sdv]|will|would|d[io]|could|can|be|invited|included|present|represented|consulted|informed|involved|part|tak|attend|at$|in$|приглаш|запрош|участв|присутств|представлен)/;

function leftOutAt(a: Annotation, units: Unit[], i: number): boolean {
  const u = units[i];
  // "without Ukraine", «без участия Украины» / «без участі України» (a participation noun between).
  for (let t = u.t0 - 1; t >= Math.max(0, u.t0 - 3); t--) {
    const w = tokenText(a, t);
    if (LEFT_OUT_BEFORE.has(w)) return true;
    if (!LEFT_OUT_STEP.has(w)) break;
  }
  // The words after the party, past "nor <party>" / "or <party>" ("neither Kyiv nor Brussels was invited").
  const n = a.scan.toks.count;
  // "Neither Ukraine nor Europe was invited": the denial comes first.
  const neither = u.t0 > 0 && (tokenText(a, u.t0 - 1) === 'neither' || tokenText(a, u.t0 - 1) === 'ни');
  let t = u.t1;
  while (t < n && LEFT_OUT_JOIN.has(tokenText(a, t))) {
    let j = i + 1;
    while (j < units.length && units[j].t0 <= t) j++;
    if (j >= units.length || !mayBeParty(units[j])) break;
    t = units[j].t1;
    i = j;
  }
  // (Flags mark the punctuation before a token: the clause ends there.)
  const stop = F_COMMA | F_DOT | F_CLAUSE | F_SENT;
  const first = t < n && !(a.scan.toks.flags[t] & stop) ? tokenText(a, t) : null;
  if (first !== null && (LEFT_OUT_START.test(first) || (neither && LEFT_IN_START.test(first)))) {
    const words: string[] = [];
    for (let k = t; k < Math.min(n, t + 7); k++) {
      if (a.scan.toks.flags[k] & stop) break;
      words.push(tokenText(a, k));
    }
    const after = words.join(' ');
    if (LEFT_OUT_AFTER.test(after) || LEFT_OUT_CYR.test(after)) return true;
    if (neither && LEFT_IN.test(after)) return true;
  }
  // «Украину не пригласили», but also «на переговоры не пригласили Украину»: the denial just before
  // (the verb the last word before the party, «не» the one before it).
  if (u.t0 < 2 || tokenText(a, u.t0 - 2) !== 'не') return false;
  const before: string[] = [];
  for (let k = Math.max(0, u.t0 - 4); k < u.t0; k++) before.push(tokenText(a, k));
  return /(?:^|\s)не\s+(?:приглас|запрос|запрош|допуст)\S*\s*$/.test(before.join(' '));
}

/** Whether a unit has a sense that can make it a party: a person, a side, a role or a place. */
function mayBeParty(u: Unit): boolean {
  for (const s of u.senses) if (s.t === 'person' || s.t === 'side' || s.t === 'role' || s.t === 'place') return true;
  return false;
}
