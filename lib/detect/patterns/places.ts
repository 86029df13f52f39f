/**
 * Place tests shared by the walks, the subject walk and the frames: a place's level in the
 * context (country, city), "from" a city, a place ahead or within a stretch, the prepositions that
 * set a place, and the side a frame's places stand for.
 */
import { F_CYR } from '../tokenize';
import { flagsOf, funcOf, senseOf, tokenText, type Annotation, type Unit } from '../units';
import type { SideCode } from '../vocab';
import type { SentenceContext } from './types';

export function ctxPlaceLevel(a: Annotation, key: string): string {
  return a.lex.places.get(key)?.level ?? 'city';
}

/** A place within the next three units, past descriptive words only. */
export function placeAhead(units: Unit[], j: number, end: number): boolean {
  for (let q = j + 1; q < Math.min(end, j + 4); q++) {
    const u = units[q];
    if (senseOf(u, 'place')) return true;
    const f = funcOf(u);
    if (u.senses.length && f !== 'det' && f !== 'of' && !senseOf(u, 'side')) return false;
  }
  return false;
}

/** «по пути в», «по дороге в», «на шляху до», «дорогою до»: on the way to (folded: «шляху», «дорогою»). */
export const ROUTE_WORDS = new Set(['пути', 'дороге', 'шляху', 'дорогою', 'дороги']);

/** A place among units [from, to). */
export function placeWithin(units: Unit[], from: number, to: number): boolean {
  for (let j = from; j < to && j < units.length; j++) if (senseOf(units[j], 'place')) return true;
  return false;
}
/**
 * A city in the genitive right after Ukrainian «з» / «зі» / «із» or Russian «из» («з Москви», «из
 * Москвы», «з Вашингтона»): "from" it.
 * The instrumental («з Москвою», «з Вашингтоном») is "with". Folded text: «Москви» is 'москви'.
 */
export function fromCity(a: Annotation, units: Unit[], j: number): boolean {
  const u = units[j];
  if (j === 0 || !(flagsOf(a, u) & F_CYR) || ctxPlaceLevel(a, senseOf(u, 'place')!.key) !== 'city') return false;
  const p = tokenText(a, units[j - 1].t1 - 1);
  // 'из' is Russian «из» (from) and Ukrainian «із» folded: before a genitive both say "from".
  if (p !== 'з' && p !== 'зи' && p !== 'из') return false;
  const w = tokenText(a, u.t1 - 1);
  return w.length > 3 && /[аяи]$/.test(w);
}

export function placeSideOf(ctx: SentenceContext, places: string[]): SideCode | null {
  let side: SideCode | null = null;
  for (const p of places) side = ctx.placeSide(p) ?? side;
  return side;
}

/** "in", "at", "aboard", "off" (Malta), "на", "у": where a caption puts its people. */
export function isPlacePreposition(a: Annotation, u: Unit): boolean {
  const f = funcOf(u);
  if (f === 'in' || f === 'at') return true;
  const w = tokenText(a, u.t0);
  return w === 'aboard' || w === 'off' || w === 'inside'; // 'near', 'outside' are 'at' already
}
