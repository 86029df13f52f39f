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

/** Ukrainian second palatalisation: a stem's final г к х becomes з ц с before the locative -і. */
const UK_SOFTENED: Record<string, string> = { г: 'з', к: 'ц', х: 'с' };

/**
 * The Ukrainian locative of a Cyrillic place name whose stem ends in г, к or х, as an exact form:
 * Аляска → «на Алясці», Владивосток → «у Владивостоці», Санкт-Петербург → «у Санкт-Петербурзі»,
 * Прага → «у Празі», Осака → «в Осаці». The stem above cannot reach these (the letter before the
 * ending changes), so the lexicon adds them as forms of their own. Null for every other name, and
 * for forms under five letters, which are too often ordinary words («досі» is "still", not Doha).
 */
export function ukLocative(name: string): string | null {
  const m = /^(.*?)([гкх])([ая]?)$/i.exec(name.trim());
  if (!m || !/^[\p{Script=Cyrillic}' -]+$/u.test(name)) return null;
  const last = m[1].split(/[\s-]/).pop() ?? '';
  if (last.length + 2 < 5) return null;
  const lower = m[2].toLowerCase();
  const soft = UK_SOFTENED[lower];
  return m[1] + (m[2] === lower ? soft : soft.toUpperCase()) + 'і=';
}

/**
 * Singular past forms of a plural past verb, Russian and Ukrainian alike: «зустрілися» →
 * «зустрівся», «зустрілася»; «поговорили» → «поговорив», «поговорил», «поговорила»;
 * «созвонились» → «созвонился», «созвонилась». The vocabulary lists a verb once, in the plural
 * (two leaders met); a headline about one of them ("Рубіо поговорив з Лавровим") uses the
 * singular, whose Ukrainian masculine (-в) the stem cannot reach. Forms that are not words in
 * either language (a Ukrainian -в made from a Russian verb) never occur in text and cost nothing.
 */
export function singularPast(word: string): string[] {
  // Imperfectives in -чал- («зустрічалися», «встречались») tell of a habit more often than of one
  // meeting ("she used to meet him"); their lists spell the singular forms they mean.
  if (/чал(ися|ись)$/i.test(word)) return [];
  let m = /^(.{3,})л(ися|ись)$/i.exec(word);
  if (m) return m[2] === 'ися' ? [m[1] + 'вся', m[1] + 'лася'] : [m[1] + 'лся', m[1] + 'лась'];
  m = /^(.{3,})ли$/i.exec(word);
  if (m) return [m[1] + 'в', m[1] + 'л', m[1] + 'ла'];
  return [];
}
