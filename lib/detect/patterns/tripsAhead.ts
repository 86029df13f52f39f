/**
 * A trip still ahead, said with a verb of going ("the delegation will travel to Moscow", "the envoys
 * go back to Moscow", "the team leaves for Washington today"). Going says less than having gone: a
 * minister flies to New York for the United Nations, a whole people is advised not to travel, a
 * plan falls through. So such a verb stands for a meeting only when one side's people (a person
 * or a group of a side) go to the other side's seat of government: its capital, the Kremlin or the
 * White House, or the country itself.
 */
import { F_CAP, F_CLAUSE, F_COMMA } from '../tokenize';
import { flagsOf, funcOf, senseOf, tokenText, type Annotation, type Unit } from '../units';
import type { SideCode } from '../vocab';

/** The sides' seats of government, by place key. */
const SEATS: Record<string, SideCode> = {
  moscow: 'ru',
  kremlin: 'ru',
  russia: 'ru',
  'soviet union': 'ru',
  washington: 'us',
  'white house': 'us',
  usa: 'us',
};

/** The side whose seat a place is (Moscow, the Kremlin; Washington, the White House), if it is one. */
export const seatSide = (key: string): SideCode | undefined => SEATS[key];

/** Does a traveller of one side go to the other side's seat? */
export function toOtherSeat(travellers: ReadonlySet<SideCode>, places: readonly string[]): boolean {
  if (travellers.size !== 1) return false;
  const [side] = travellers;
  return places.some((p) => SEATS[p] !== undefined && SEATS[p] !== side);
}

/**
 * Is the traveller someone: a person ("Witkoff") or an office or group of a side ("the US
 * delegation", "Russia's envoy", "American negotiators")? A side alone ("the US", "Americans",
 * "Russians") going somewhere is a country or a people (tourism, a travel advisory), not a trip of
 * its officials; an ambassador is posted there.
 */
export function travellerNamed(a: Annotation, units: Unit[], first: number, k: number): boolean {
  let named = false;
  for (let j = first; j < k; j++) {
    if (!senseOf(units[j], 'person') && !senseOf(units[j], 'role')) continue;
    // An ambassador going to the capital is going back to the post ("the ambassador will return to
    // Moscow"), not visiting it.
    for (let t = units[j].t0; t < units[j].t1; t++) if (POSTED.has(tokenText(a, t))) return false;
    named = true;
  }
  return named;
}

const POSTED = new Set(['ambassador', 'ambassadors', 'посол', 'посла']);

/** Verbs of sending someone (folded text): a trip of the one sent (vocab.ts). */
export const SENDING = new Set(['sent', 'dispatched']);

/**
 * "Truman sent Hopkins to Moscow", "Biden dispatched CIA Director Burns to Moscow", "sent an ailing
 * Harry Hopkins to Moscow": after the verb at units[k], at most a few words of article, adjective
 * and title, then a named person of the sender's side (any side when the sender is not known),
 * and right after him "to". Sending a letter, a message or troops is no one's trip.
 */
export function sentEnvoy(a: Annotation, units: Unit[], k: number, senders: ReadonlySet<SideCode>): boolean {
  for (let j = k + 1; j < units.length && j <= k + 5; j++) {
    const u = units[j];
    if (flagsOf(a, u) & (F_CLAUSE | F_COMMA)) return false;
    const per = senseOf(u, 'person');
    if (per) {
      if (senders.size && !senders.has(per.side)) return false;
      const next = units[j + 1];
      return !!next && tokenText(a, next.t0) === 'to' && !(flagsOf(a, next) & (F_CLAUSE | F_COMMA));
    }
    if (funcOf(u) === 'det' || senseOf(u, 'role') || senseOf(u, 'side')?.adj) continue;
    if (!u.senses.length && (u.t1 - u.t0 === 1) && (!(flagsOf(a, u) & F_CAP) || senseOf(units[j + 1] ?? u, 'person'))) continue; // "an ailing", a first name
    return false;
  }
  return false;
}
