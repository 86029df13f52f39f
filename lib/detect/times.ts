/**
 * Time expressions as written near a meeting word: years ("in 1985", "в 1985 году"), months with
 * or without day and year ("October 2025", "15 августа", "in February and April"), decades
 * ("the 1980s", "1980-х"), seasons, relative times ("earlier this week", "на прошлой неделе",
 * "thirty years ago"). They stay unresolved here; resolve.ts reads them against the publication
 * date or the years the document mentions.
 */
import { F_CLAUSE, F_COMMA, F_CYR, F_DOT, F_HYPH, F_MIXED } from './tokenize';
import { flagsOf, funcOf, isYear, numValue, senseOf, tokenText, type Annotation, type Unit } from './units';

/** Words for a part of a day or a month, written before it. */
// …and the same in Russian and Ukrainian, as folded text spells them: «в конце ноября», «в начале
// декабря», «в середине марта», «наприкінці листопада», «на початку грудня», «у середині березня».
const TIME_PART = new Set(['late', 'early', 'mid', 'mid-', 'later', 'earlier', 'конце', 'начале', 'середине', 'наприкинци', 'початку', 'середини', 'кинци']);
/** Nouns for a part of a month or year: "the start of December", "the end of 2025". */
const PERIOD_PART = new Set(['start', 'beginning', 'end', 'middle', 'turn', 'close']);

/** A time expression as written; resolved against the publication date later (resolve.ts). */
export interface TimeAtom {
  y?: number;
  m?: number;
  d?: number;
  rel?: { days?: [number, number]; year?: number; month?: number; weekday?: number };
  /** Days after (or before, negative) the meeting the text named last: "a year later", "the following year". */
  afterPrev?: [number, number];
  decade?: number;
  season?: [number, number];
  /** "That spring", «той весной»: the season of the time the text is telling, not of the page's year. */
  that?: boolean;
}

export interface TimeRead {
  atoms: TimeAtom[];
  /** Index of the unit after the expression. */
  next: number;
}

// Normalised words (Ukrainian і folded to и).
/** One year, in the forms that go with "before/after", «спустя», «ранее», «пізніше», «через» (normalised: рік → рик). */
const ONE_YEAR = /^(year|год|годом|рик|роком)$/;
const MONTH_WORD = /^(months?|месяц\S*|мисяц\S*)$/;
const LATER = /^(later|after|afterwards|спустя|позже|позднее|пизнише|писля|потому)$/;
const EARLIER = /^(earlier|before|ранее|раньше|ранише)$/;
const FOLLOWING = /^(following|next|subsequent|следующем|следующий|наступного|наступний)$/;
const PREVIOUS = /^(previous|prior|preceding|предыдущем|предыдущий|попереднього|попередний)$/;

// readTime is asked at nearly every unit, by many patterns, again and again over one sentence: the
// words it tests are classed once per token (a bit each) rather than run through the regexes above
// at every ask.
const TW_PART = 1;
const TW_PERIOD = 2;
const TW_ONE_YEAR = 4;
const TW_MONTH = 8;
const TW_LATER = 16;
const TW_EARLIER = 32;
const TW_FOLLOWING = 64;
const TW_PREVIOUS = 128;
const TW_READ = 256;

/** The time-word classes (TW_*) of token t, classed on first read. */
function timeWord(a: Annotation, t: number): number {
  const b = a.timeWords[t];
  if (b) return b;
  const w = tokenText(a, t);
  const c =
    TW_READ |
    (TIME_PART.has(w) ? TW_PART : 0) |
    (PERIOD_PART.has(w) ? TW_PERIOD : 0) |
    (ONE_YEAR.test(w) ? TW_ONE_YEAR : 0) |
    (MONTH_WORD.test(w) ? TW_MONTH : 0) |
    (LATER.test(w) ? TW_LATER : 0) |
    (EARLIER.test(w) ? TW_EARLIER : 0) |
    (FOLLOWING.test(w) ? TW_FOLLOWING : 0) |
    (PREVIOUS.test(w) ? TW_PREVIOUS : 0);
  a.timeWords[t] = c;
  return c;
}

/** A demonstrative before a season: "that spring", «той весной», «тієї весни» (folded: і → и). */
const THAT = /^(that|той|тои|тиеи|тиею|тою)$/;

/** A Cyrillic noun in the genitive right after «накануне»/«напередодні» («парада», «саміту», «визита», «переговоров»). */
const GENITIVE_END = /(?:[аяиу]|ов|ев|ей|ого|ои)$/;
function eveOf(a: Annotation, u: Unit | undefined): boolean {
  if (!u || u.t1 - u.t0 !== 1 || !(flagsOf(a, u) & F_CYR) || flagsOf(a, u) & (F_COMMA | F_DOT | F_CLAUSE)) return false;
  if (senseOf(u, 'person') || senseOf(u, 'rel')) return false; // «Накануне Путин заявил», «накануне вечером»
  const w = tokenText(a, u.t0);
  return w.length > 3 && GENITIVE_END.test(w) && !/(?:ся|сь)$/.test(w); // not «напередодні завершився»
}

/** Read a time expression starting at units[j], if there is one. */
export function readTime(a: Annotation, units: Unit[], j: number): TimeRead | null {
  const u = units[j];
  if (!u) return null;
  // "late on Thursday", "in early December", "mid-October": the part of the day or month does not
  // change which day or month it was, so the time after it is read as if the word were not there.
  const w0c = timeWord(a, u.t0);
  if (w0c & TW_PART && u.t1 - u.t0 === 1 && !u.senses.length && units[j + 1]) {
    const r = readTime(a, units, j + 1);
    if (r) return r;
  }
  // "the start of December", "the end of 2025": a part of a month or a year, read like "early
  // December" (the caller steps over "at the").
  if (w0c & TW_PERIOD && u.t1 - u.t0 === 1 && !u.senses.length && units[j + 1] && funcOf(units[j + 1]) === 'of' && units[j + 2]) {
    const r = readTime(a, units, j + 2);
    if (r && r.atoms.every((t) => t.m !== undefined || t.y !== undefined)) return r;
  }
  // "during the Second World War", «в годы Второй мировой войны»: the wartime years, read as the 1940s.
  const war = worldWarTwo(a, units, j);
  if (war) return { atoms: [{ decade: 1940 }], next: war };
  // "thirty years ago (today)", "30 лет назад"
  const nw = senseOf(u, 'num');
  const nv = nw ? nw.n : (numValue(a, u) ?? cyrNumber(a, u));
  if (nv !== null && nv > 0 && nv <= 100 && units[j + 1] && funcOf(units[j + 1]) === 'year-word' && units[j + 2] && funcOf(units[j + 2]) === 'ago') {
    let next = j + 3;
    if (units[next] && senseOf(units[next], 'rel')) next++; // "… ago today"
    return { atoms: [{ rel: { year: -nv } }], next };
  }
  // Anniversaries: "the 50th anniversary of", "marks fifty years since", «50-летие», «50-ю
  // годовщину», «исполнилось 50 лет», «минуло 50 років від», «50-річчя», «50-ту річницю»: the
  // meeting lies that many years before the page, as with "50 years ago".
  const ann = anniversary(a, units, j, nv);
  if (ann) return ann;
  // "two weeks ago", "a month ago", «два тижні тому», «месяц назад», «тиждень тому»
  const span = agoSpan(a, units, j, nv);
  if (span) return span;
  // "a year later", "two years earlier", "six months later", «год спустя», «роком пізніше»
  if (nv !== null && nv > 0 && nv <= 30 && units[j + 1] && units[j + 2]) {
    const unit = funcOf(units[j + 1]) === 'year-word' ? 365 : timeWord(a, units[j + 1].t0) & TW_MONTH ? 30 : 0;
    const after = timeWord(a, units[j + 2].t0);
    const dir = after & TW_LATER ? 1 : after & TW_EARLIER ? -1 : 0;
    if (unit && dir) {
      const mid = nv * unit;
      const slack = unit === 365 ? 75 : 20;
      const span: [number, number] = dir > 0 ? [mid - slack, mid + slack] : [-mid - slack, -mid + slack];
      return { atoms: [{ afterPrev: span }], next: j + 3 };
    }
  }
  // "the year before", "the year after", «год спустя», «годом ранее», «роком пізніше», «через год»,
  // «через два года», «через рік».
  // Only the singular: "years later" says several years, not one.
  const w0 = tokenText(a, u.t0);
  if (w0c & TW_ONE_YEAR && units[j + 1]) {
    const after = timeWord(a, units[j + 1].t0);
    const dir = after & TW_LATER ? 1 : after & TW_EARLIER ? -1 : 0;
    if (dir) return { atoms: [{ afterPrev: dir > 0 ? [290, 440] : [-440, -290] }], next: j + 2 };
  }
  if (w0 === 'через' && units[j + 1]) {
    // «через год» is one year; «через два года» is n years.
    const one = !!(timeWord(a, units[j + 1].t0) & TW_ONE_YEAR);
    const n = one ? 1 : (numValue(a, units[j + 1]) ?? senseOf(units[j + 1], 'num')?.n ?? cyrNumber(a, units[j + 1]));
    const next = one ? j + 2 : j + 3;
    if (n !== null && n > 0 && n <= 30 && (one || (units[j + 2] && funcOf(units[j + 2]) === 'year-word'))) {
      return { atoms: [{ afterPrev: [n * 365 - 75, n * 365 + 75] }], next };
    }
  }
  // "the following year", "the next year", "the previous year", «в следующем году», «наступного року»
  if (w0c & (TW_FOLLOWING | TW_PREVIOUS) && units[j + 1] && funcOf(units[j + 1]) === 'year-word') {
    return { atoms: [{ afterPrev: w0c & TW_FOLLOWING ? [180, 550] : [-550, -180] }], next: j + 2 };
  }
  // "the previous month", "the following month": a month before or after the meeting the text named
  // last ("the summit of July 16, prepared in a visit to Moscow the previous month"), not the page's.
  if (w0c & (TW_FOLLOWING | TW_PREVIOUS) && units[j + 1] && timeWord(a, units[j + 1].t0) & TW_MONTH && !/s$/.test(tokenText(a, units[j + 1].t0))) {
    return { atoms: [{ afterPrev: w0c & TW_FOLLOWING ? [5, 45] : [-45, -5] }], next: j + 2 };
  }
  const rel = senseOf(u, 'rel');
  // «накануне парада», «напередодні саміту»: on the eve of something the text names, not the day
  // before the page.
  if (rel && (w0 === 'накануне' || w0 === 'напередодни') && eveOf(a, units[j + 1])) return null;
  if (rel?.prev) return { atoms: [{ afterPrev: rel.prev }], next: j + 1 };
  if (rel) {
    // "Thursday evening", "on Friday morning": the part of the day is still that day.
    const next = rel.weekday !== undefined && units[j + 1] && units[j + 1].t1 - units[j + 1].t0 === 1 && PART_OF_DAY.test(tokenText(a, units[j + 1].t0)) ? j + 2 : j + 1;
    return { atoms: [{ rel: { days: rel.days, year: rel.year, month: rel.month, weekday: rel.weekday } }], next };
  }
  const season = senseOf(u, 'season');
  if (season) {
    let next = j + 1;
    const y = units[next] ? numValue(a, units[next]) : null;
    const atom: TimeAtom = { season: [season.from, season.to] };
    if (j > 0 && THAT.test(tokenText(a, units[j - 1].t1 - 1))) atom.that = true;
    if (isYear(y)) {
      atom.y = y;
      next++;
    }
    return { atoms: [atom], next };
  }
  // "15 August 2025", "15 августа"
  const v = numValue(a, u);
  // "2–3 December 1989", «18–23 июля», «11–13 жовтня»: a span of days is read from its first day.
  if (v !== null && v >= 1 && v <= 31 && units[j + 1] && flagsOf(a, units[j + 1]) & F_HYPH && units[j + 2] && senseOf(units[j + 2], 'month')) {
    const v2 = numValue(a, units[j + 1]);
    if (v2 !== null && v2 > v && v2 <= 31) {
      const r = readMonthList(a, units, j + 2);
      if (r) {
        r.atoms[0].d = v;
        return r;
      }
    }
  }
  if (v !== null && v >= 1 && v <= 31 && units[j + 1] && senseOf(units[j + 1], 'month')) {
    const r = readMonthList(a, units, j + 1);
    if (r) {
      r.atoms[0].d = v;
      return r;
    }
  }
  if (senseOf(u, 'month')) return readMonthList(a, units, j);
  if (isYear(v)) {
    let next = j + 1;
    // "1980-х" (Russian decade)
    if (units[next] && flagsOf(a, units[next]) & F_HYPH && tokenText(a, units[next].t0) === 'х' && v % 10 === 0) {
      return { atoms: [{ decade: v }], next: next + 1 };
    }
    // «в 2019-м», «2025-го», «у 2021-му»: the ordinal's case ending, hyphen-joined, stands for «году».
    if (units[next] && flagsOf(a, units[next]) & F_HYPH && YEAR_ENDINGS.has(tokenText(a, units[next].t0))) next++;
    else if (units[next] && funcOf(units[next]) === 'year-word') next++;
    return { atoms: [{ y: v }], next };
  }
  if (u.t1 - u.t0 === 1 && flagsOf(a, u) & F_MIXED) {
    const m = /^(1[89]\d|20\d)0s$/.exec(tokenText(a, u.t0));
    if (m) return { atoms: [{ decade: +m[1] * 10 }], next: j + 1 };
  }
  return null;
}

/** Case endings of an ordinal year written in digits («2019-м», «2025-го», «2021-му»), folded (ы, і → и). */
const YEAR_ENDINGS = new Set(['м', 'го', 'му', 'й', 'ом', 'ого', 'ому', 'ии', 'им', 'ий']);

/** Parts of a day after a weekday ("Thursday evening", "Friday night"). */
const PART_OF_DAY = /^(morning|afternoon|evening|night|noon)$/;

const WEEK_WORD = /^(weeks?|недел\S*|тижн\S*|тиждень)$/;
/** Days as a count before "ago" (folded: «дні» is 'дни', «днів» 'днив'). */
const DAY_WORD = /^(days?|дня|дней|дни|днив|суток|доби)$/;

/** Russian and Ukrainian number words (folded: і → и), for "two weeks ago" said in words. */
const CYR_NUMBERS = new Map<string, number>(Object.entries({
  один: 1, одна: 1, одну: 1, два: 2, две: 2, дви: 2, три: 3, четире: 4, чотири: 4, пять: 5, "п'ять": 5, шесть: 6, шисть: 6,
  семь: 7, сим: 7, восемь: 8, висим: 8, девять: 9, "дев'ять": 9, десять: 10, двадцать: 20, двадцять: 20, тридцать: 30,
  тридцять: 30, сорок: 40, пятьдесят: 50, "п'ятдесят": 50, шестьдесят: 60, шистдесят: 60, семьдесят: 70, симдесят: 70,
  восемьдесят: 80, висимдесят: 80, девяносто: 90, "дев'яносто": 90, сто: 100,
}));

/**
 * A number word of one Cyrillic token, or null. (A Map, not an object: any English token read
 * through an object would find its prototype's 'constructor' or 'valueOf'. And readTime asks at
 * every unit, so Latin tokens are not even sliced.)
 */
function cyrNumber(a: Annotation, u: Unit): number | null {
  if (u.t1 - u.t0 !== 1 || !(flagsOf(a, u) & F_CYR)) return null;
  return CYR_NUMBERS.get(tokenText(a, u.t0)) ?? null;
}

/** "50th": an English ordinal written in figures. */
const ORDINAL_FIGURES = /^(\d{1,3})(?:st|nd|rd|th)$/;
/** The anniversary nouns, in folded text (і → и): "anniversary", «годовщина», «річниця». */
const ANNIVERSARY = /^(anniversary|годовщин\p{L}*|ричниц\p{L}*)$/u;
/** What «50-» joins to say "the 50th anniversary": «-летие», «-річчя» in their case forms. */
const YEARS_JUBILEE = /^(лети[еяюи]|летием|риччя|риччю|риччям|ричча)$/;
/** The ending of a Cyrillic ordinal written in figures: «50-ю», «50-й», «50-ту», «50-ї». */
const ORDINAL_ENDING = /^(ю|й|я|е|ту|та|и|ои|ую|ой|го)$/;
/** Verbs that say a span of years is being marked: «исполнилось 50 лет», «минуло 50 років», "marks 50 years". */
const MARKS_YEARS = /^(исполн\p{L}*|минул\p{L}*|минае|виповн\p{L}*|сповн\p{L}*|marks?|marked|marking)$/u;
/** After "N years": since, «со дня», «с», «від», «з». */
const SINCE_WORDS = /^(since|со|с|вид|з|зи|из)$/;

/** An anniversary at units[j] (see readTime): the meeting it marks is `n` years before the page. */
function anniversary(a: Annotation, units: Unit[], j: number, nv: number | null): TimeRead | null {
  const u = units[j];
  if (u.t1 - u.t0 !== 1 || !units[j + 1]) return null;
  // readTime asks at every unit: only a token that starts with a figure can be "50th", so the
  // pattern runs on those alone.
  const w = tokenText(a, u.t0);
  const c0 = w.charCodeAt(0);
  const ord = c0 >= 48 && c0 <= 57 ? ORDINAL_FIGURES.exec(w) : null;
  // "the 50th anniversary (of)"
  if (ord && ANNIVERSARY.test(tokenText(a, units[j + 1].t0))) {
    const n = +ord[1];
    return n > 0 && n <= 100 ? { atoms: [{ rel: { year: -n } }], next: j + 2 } : null;
  }
  if (nv === null || nv <= 0 || nv > 100) return null;
  const w1 = tokenText(a, units[j + 1].t0);
  // «50-летие», «50-річчя»
  if (YEARS_JUBILEE.test(w1)) return { atoms: [{ rel: { year: -nv } }], next: j + 2 };
  // «50-ю годовщину», «50-ту річницю», "fifty-th" is not written
  if (ORDINAL_ENDING.test(w1) && units[j + 2] && ANNIVERSARY.test(tokenText(a, units[j + 2].t0))) return { atoms: [{ rel: { year: -nv } }], next: j + 3 };
  // «исполнилось 50 лет (визиту)», "marks 50 years since", "50 years since the summit"
  if (funcOf(units[j + 1]) === 'year-word') {
    const before = j > 0 && MARKS_YEARS.test(tokenText(a, units[j - 1].t1 - 1));
    const since = !!units[j + 2] && SINCE_WORDS.test(tokenText(a, units[j + 2].t0));
    if (before || (since && !(flagsOf(a, units[j + 2]) & F_CYR))) return { atoms: [{ rel: { year: -nv } }], next: j + 2 };
    if (since && units[j + 3] && /^(дня|момента|часу)$/.test(tokenText(a, units[j + 3].t0))) return { atoms: [{ rel: { year: -nv } }], next: j + 2 };
  }
  return null;
}

/**
 * "two weeks ago", "a month ago", «два тижні тому», «три недели назад», and with no number
 * «тиждень тому», «месяц назад»: days before the publication date (a week's or a month's slack).
 */
function agoSpan(a: Annotation, units: Unit[], j: number, n: number | null): TimeRead | null {
  let k = j;
  if (n !== null) k++;
  else n = 1;
  const w = units[k];
  if (!w || !units[k + 1] || funcOf(units[k + 1]) !== 'ago' || n <= 0) return null;
  const word = tokenText(a, w.t0);
  // "five days ago", «пять дней назад», «три дні тому»: a day's slack either side (the page's day
  // may be the writer's next one).
  if (DAY_WORD.test(word)) return n <= 31 ? { atoms: [{ rel: { days: [-n - 1, -n + 1] } }], next: k + 2 } : null;
  if (n > 12) return null;
  const len = WEEK_WORD.test(word) ? 7 : MONTH_WORD.test(word) ? 30 : 0;
  if (!len) return null;
  const slack = len === 7 ? 3 : 10;
  return { atoms: [{ rel: { days: [-n * len - slack, -n * len + slack] } }], next: k + 2 };
}

/** "February and April", "October 2025", "August 15, 2025", "в октябре 2025 года". */
function readMonthList(a: Annotation, units: Unit[], j: number): TimeRead | null {
  const atoms: TimeAtom[] = [];
  let k = j;
  for (;;) {
    const mu = units[k];
    const ms = mu && senseOf(mu, 'month');
    if (!ms) break;
    const atom: TimeAtom = { m: ms.m };
    k++;
    // day after the month: "August 15"
    const dv = units[k] ? numValue(a, units[k]) : null;
    if (dv !== null && dv >= 1 && dv <= 31 && !(flagsOf(a, units[k]) & F_COMMA)) {
      atom.d = dv;
      k++;
    }
    const yv = units[k] ? numValue(a, units[k]) : null;
    if (isYear(yv) && !(flagsOf(a, units[k]) & (F_DOT | F_CLAUSE))) {
      atom.y = yv;
      k++;
      if (units[k] && funcOf(units[k]) === 'year-word') k++;
    }
    atoms.push(atom);
    // "February and April": another month after 'and' or a comma
    if (units[k] && funcOf(units[k]) === 'and' && units[k + 1] && senseOf(units[k + 1], 'month')) {
      k++;
      continue;
    }
    if (units[k] && senseOf(units[k], 'month') && flagsOf(a, units[k]) & F_COMMA) continue;
    break;
  }
  if (!atoms.length) return null;
  // A year written after the last month applies to all ("in February and April 2025").
  const y = atoms[atoms.length - 1].y;
  if (y) for (const at of atoms) at.y ??= y;
  return { atoms, next: k };
}

/**
 * The Second World War by name: "Second World War", "World War II" ("Two", "2"), "WWII", «Второй
 * мировой (войны)», «Великой Отечественной», «Другої світової (війни)» (text folded: і, ї → и).
 * The units' index after it, or 0. Every US–Soviet meeting of the war fell in the 1940s, so the
 * name dates a meeting told with it as that decade does.
 */
function worldWarTwo(a: Annotation, units: Unit[], j: number): number {
  // (readTime asks this at nearly every unit: a plain function for the word, not a closure made per call.)
  const w0 = oneWord(a, units, j);
  if (w0 === 'wwii' || w0 === 'ww2') return j + 1;
  if (w0 === 'world' && oneWord(a, units, j + 1) === 'war' && WAR_TWO.has(oneWord(a, units, j + 2))) return j + 3;
  if (SECOND.has(w0) && WORLD.has(oneWord(a, units, j + 1))) return WAR.has(oneWord(a, units, j + 2)) ? j + 3 : j + 2;
  if (GREAT.has(w0) && PATRIOTIC.has(oneWord(a, units, j + 1))) return WAR.has(oneWord(a, units, j + 2)) ? j + 3 : j + 2;
  return 0;
}
/** The word of units[k] when it is a single token, else ''. */
function oneWord(a: Annotation, units: Unit[], k: number): string {
  const u = units[k];
  return u && u.t1 - u.t0 === 1 ? tokenText(a, u.t0) : '';
}
const WAR_TWO = new Set(['ii', 'two', '2']);
const SECOND = new Set(['second', 'второй', 'вторая', 'вторую', 'другои', 'друга', 'другу', 'другий']);
const WORLD = new Set(['world', 'мировой', 'мировая', 'мировую', 'свитовои', 'свитова', 'свитову']);
const WAR = new Set(['war', 'войни', 'войны', 'война', 'войну', 'войне', 'вийни', 'вийна', 'вийну']);
const GREAT = new Set(['великой', 'великая', 'великои', 'велика']);
const PATRIOTIC = new Set(['отечественной', 'отечественная', 'витчизнянои', 'витчизняна']);
