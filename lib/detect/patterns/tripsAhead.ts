/**
 * A trip still ahead, said with a verb of going ("the delegation will travel to Moscow", "the envoys
 * go back to Moscow", "the team leaves for Washington today"). Going says less than having gone: a
 * minister flies to New York for the United Nations, a whole people is advised not to travel, a
 * plan falls through. So such a verb stands for a meeting only when one side's people (a person
 * or a group of a side) go to the other side's seat of government: its capital, the Kremlin or the
 * White House, or the country itself.
 */
import { senseOf, tokenText, type Annotation, type Unit } from '../units';
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
