/**
 * Russian (and Ukrainian) inflection, the cheap way: a vocabulary word is stored as a stem plus
 * the longest ending a text form may add to it. "Анкоридж" → stem "анкоридж" matches
 * "Анкоридже"; "встреча" → "встреч" matches "встречи", "встречей", "встречами"; "Москва" →
 * "москв" matches "Москве". Endings are bounded (3 units), so "путин" does not swallow
 * "путинский", and lookups stay O(1) per token (see TokenTable.lookup).
 *
 * Vocabulary words come in dictionary form (nominative) or as the dataset writes them
 * ("Эр-Рияде"). We strip adjectival endings and one final vowel / soft sign; we never strip
 * -ов/-ев/-ин, which would cut surnames (Лавров → "лавр" would no longer reach "Лавровым").
 */

/** Longest ending a text form may add to a stem (default for vocabulary words). */
export const MAX_ENDING = 3;
/** Longest ending any entry may allow (verb stems written by hand, e.g. 'встрет' + 'ились'). */
export const MAX_PROBE = 5;

const ADJ_ENDINGS = ['ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ий', 'ый', 'ой', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ую', 'юю', 'ых', 'их', 'ым', 'им', 'ом', 'ей'];
const FINAL_VOWELS = 'аяоеыиуюьйіїє';

export function isCyrillicCode(c: number): boolean {
  return c >= 0x400 && c <= 0x52f;
}

export interface Stem {
  stem: string;
  /** How many units a text form may add after the stem (0 = exact). */
  maxEnding: number;
}

/**
 * Stem of a normalised (lowercase) Cyrillic word. Words of one or two letters (prepositions,
 * conjunctions) match exactly; three-letter words may take short endings ("Рим" → "Риме").
 */
export function ruStem(word: string, exact = false): Stem {
  if (exact || word.length <= 2) return { stem: word, maxEnding: 0 };
  if (word.length === 3) return { stem: word, maxEnding: 2 };
  for (const e of ADJ_ENDINGS) {
    if (word.length - e.length >= 3 && word.endsWith(e)) return { stem: word.slice(0, -e.length), maxEnding: MAX_ENDING };
  }
  if (FINAL_VOWELS.includes(word[word.length - 1])) return { stem: word.slice(0, -1), maxEnding: MAX_ENDING };
  return { stem: word, maxEnding: MAX_ENDING };
}
