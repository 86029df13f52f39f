/**
 * The resolution model's weights, in one table. resolve.ts scores every candidate event as a sum
 * of named features times these weights; the best event wins if it reaches ACCEPT (by frame kind)
 * and leads clearly enough.
 *
 * How they were set: each started as a hand-set value with the reason beside it; then
 * `npm run fit` (scripts/fit-weights.ts) moved the ones listed in FITTED by coordinate search,
 * scoring right events, found mentions and false marks on the tuning half of the news pages
 * (odd-numbered files) plus the project's corpus; never the held-out half. The values below are
 * the first fit's output (aliasUnique, placeCity, personInFrame, timeYear, pubWeek, pubMonth,
 * focusSpecific, focusGeneric, futureNotHeld moved). A second fit, after the rule changes that
 * followed, raised the tuning score again but lowered the held-out half (right events 87 → 85),
 * so it was not applied: with a few hundred labels a weight moved for one or two mentions is
 * noise. Rerun it after changing a feature, and keep its output only if the held-out half agrees.
 * A third fit (December 2026), with the blind pages7/pages10 tuning halves and batch5 added to its
 * data, moved only aliasShared (2 → 1) and timeYear (2.25 → 1.69), each for one false mark; each
 * cost a held-out right event (pages10 held, pages9), so neither was applied.
 * A fourth fit (December 2026), with the blind pages11 and pages12 tuning halves added, kept the
 * new personInSuite at -1.5 and moved timeDay (3 → 3.75) and focusSeries (0.6 → 0.3), each for one
 * tuning label. timeDay's move added a false mark to blind pages8, so only focusSeries was applied
 * (one false mark fewer in pages11 tune; no held-out aggregate moved). Without pages11/12 the same
 * fit still asked for the third fit's two moves, which cost pages10 held a found and a right event.
 * A fifth fit (December 2026), with the blind pages13 tuning half added, asked for aliasUnique 3 → 3.75,
 * placeMismatch −2 → −1, personInFrame 1.88 → 2.35, timeDay 3 → 4.5, lead 1.2 → 0.2 and focusSeries
 * 0.3 → 0.15. Tried one by one on every held-out set: timeDay and focusSeries moved none (pages12
 * tune +2 right), so they were applied; each of the others cost a held-out right event or added a
 * false mark (lead alone: five right events), so none was.
 *
 * The table is a plain object so the fitting script can change a weight in place and re-run the
 * detector without recompiling the matcher. Nothing else may write to it.
 */
export const W = {
  // ---- naming the event ----
  /** An alias only this event has ("the Reykjavik summit"): the strongest single clue. */
  aliasUnique: 3,
  /** An alias several events share ("the Geneva summit"): points at a handful. */
  aliasShared: 2,

  // ---- place ----
  /** The text names the event's city or venue. */
  placeCity: 4.5,
  /** …its region ("in Alaska"). */
  placeRegion: 2.2,
  /** …only its country. */
  placeCountry: 1,
  /** A city in the text whose country is the event's, but not its city: barely a match. */
  placeCityCountryOnly: 0.5,
  /** A city named in the text that is not where the event was. */
  placeCityMismatch: -3,
  /** A region or country named that is not the event's. */
  placeMismatch: -2,
  /** Some place matched, but a city named in the text did not. */
  placeCityNotMatched: -2.5,
  /** Places found only elsewhere in the clause count for this share. */
  clausePlaceShare: 0.7,

  // ---- people ----
  /** Each participant named in the mention itself (capped at personCap). */
  personInFrame: 1.88,
  personCap: 3,
  /** A US or Russian leader named in the mention who was not there. */
  personAbsent: -1.5,
  personAbsentCap: -3,
  /** Someone named came to this event in another's delegation, and the one who led their side is
   *  not named ("Putin and Witkoff met" and the summit Witkoff attended with Trump). */
  personInSuite: -1.5,
  /** The people named met only this once, long before the dataset's end (like a unique alias). */
  onlyPair: 2,
  /** "Their first summit": the meeting of that number between the people named, long over. */
  pairOrdinal: 1.5,
  /** "Witkoff's third trip to Russia": the visit of that number by the traveller named, at the
   *  place named (hand-set as pairOrdinal: a count says which meeting as a date would, if weaker). */
  tripOrdinal: 1.5,
  /** A participant named elsewhere in the sentence (capped at personInSentenceCap). */
  personInSentence: 0.5,
  personInSentenceCap: 1,

  // ---- time written near the mention ----
  /** Exact day / month / year / vaguer span agreeing with the event. */
  timeDay: 4.5,
  timeMonth: 2.5,
  timeYear: 2.25,
  timeVague: 0.8,
  /**
   * A day or month that falls inside a process of many months (negotiations held in rounds, a
   * conference sitting for a season) and on neither its first nor its last day: the process was
   * going on, but nothing says a meeting of it fell then. It agrees with the event (no time
   * against it) without being a clue of its own, and scores as a vague time.
   */
  timeWithinProcess: 0.8,
  /** A dated mention a few days off; within a month; within a year; further. */
  timeOff3Days: 2,
  timeOffMonth: 0.3,
  timeOffYear: -1.5,
  timeFar: -3,
  /** A year that is not the event's year (close / far); a decade off. */
  timeYearNear: -0.8,
  timeYearFar: -3,
  timeDecadeOff: -2,
  /** An event in or before the year of "since 2019" said of the mention. */
  beforeBound: -3,
  /** An undated page's "on Tuesday": the event fell on that weekday / on another day. */
  weekdayMatch: 1.5,
  weekdayMismatch: -1.5,
  /** "On December 2" with no year anywhere to read it against: the event fell on that day / in
   *  that month of some year / in another month. */
  timeYearlessDay: 2.5,
  timeYearlessMonth: 1,
  timeYearlessOff: -1,
  /** The same day or month on an undated page, read in no particular year when the reading in the
   *  year the page names most misses the event (a page of today's news that recalls 2021). */
  timeAnyYearDay: 2.5,
  timeAnyYearMonth: 1,
  /** Times elsewhere in the clause count for this share. */
  clauseTimeShare: 0.8,
  /** A year elsewhere in the sentence agreeing / disagreeing. */
  sentYearMatch: 1.5,
  sentYearMismatch: -1.5,

  // ---- the publication date (undated mentions) ----
  /** Held within a week / 45 days / a year / five years before publication. */
  pubWeek: 2.82,
  pubMonth: 1.38,
  pubYear: 0.6,
  pubFiveYears: 0.2,
  /** A page with no date, no year and no meeting of its own: the same bonuses against the
   *  dataset's newest day, at this share. */
  undatedNowShare: 0.3,
  /** An undated page with no year that tells of a meeting as done or ahead: the publication
   *  bonuses against that meeting's day, at this share. */
  pageNearShare: 0.3,
  /** Past text on an undated page, and a meeting held after one the page looks ahead to. */
  pageAfterAhead: -3,
  /** Undated text with no publication date: the document's main year. */
  docYear: 0.6,
  docYearMentioned: 0.3,
  docYearOff: -0.5,
  /** Text with no tense that may announce a meeting a few days ahead. */
  pubAheadUntensed: -0.5,
  /** …one held within three days after publication: the meeting the page looks ahead to. */
  pubAheadDays: 1.4,

  // ---- context words ----
  cueInSentence: 0.7,
  cueInSentenceCap: 2.1,
  cueInDocument: 0.25,
  cueInDocumentCap: 1.5,

  // ---- the page's own meetings ----
  /** The page already named this event; a generic phrase ("the talks") leans on it more. */
  focusSpecific: 2.25,
  /** The known meeting the chronology entry above the mention heads, within its section (hand-set
   *  like focusSpecific: a section is a page about one meeting in small). */
  section: 2.25,
  focusGeneric: 1.25,
  /** The event the headline or the opening names: the article's main meeting. */
  lead: 1.2,
  /** A mention with no time of its own, and the meeting the text told a sentence or two before. */
  lastTold: 1.5,
  /** An undated page, a mention with no time of its own, and a meeting held within a week of the
   *  page's lead meeting (not the lead itself): the page's own days, as recency before publication. */
  leadNear: 1,
  /** A mention with no time of its own, and a meeting held within ten days of one the page dated surely
   *  (its own date agreed; those dates within two months of each other): the page's own days. Rank
   *  only. Hand-set equal to leadNear, whose reason it shares (as recency before publication), rather
   *  than fitted: on the tuning material it moves about two mentions, too few to fit a weight. */
  pageDays: 1,
  /** A mention naming nobody, and an event attended by the page's main people of both sides. */
  docPeoplePair: 1,
  /** Another round of a series the page is about. */
  focusSeries: 0.15,

  /** "The previous meeting", "the last round": the event just before the page's own meeting /
   *  the page's own meeting itself (the word says it is an earlier one). */
  previousRound: 1.5,
  previousNotOwn: -3,

  // ---- era ----
  /** Every US or Russian person the sentence names met only in other years, and none was at this
   *  event ("six sessions in the Kremlin" with Hopkins and Stalin is not a 2025 visit). */
  eraAgainst: -1.5,
  /** "the Soviet leader's talks": an event after the Soviet Union ended cannot be meant, whatever
   *  else agrees (a month read against a page of 2022 points at 2021). */
  sovietAfter: -6,

  // ---- rounds ----
  /** A three-way frame and an event with a third party at the table / with the two sides alone. */
  threeWayMatch: 1,
  threeWayMismatch: -1,

  /** "The first round", "the second three-way talks": the round of that number in its series (raised
   *  from 1.5 so that a round its number names outweighs a place shared with a meeting of no series). */
  roundMatch: 2,
  roundMismatch: -1,
  againLaterRound: 0.8,
  againFirstRound: -0.3,
  againInDocument: 0.4,

  // ---- who met ----
  /** A third-party meeting (Russia–Ukraine) pointing at a related event / at a US–Russia one. */
  thirdRelated: 0.5,
  thirdUsRu: -4,
  thirdSideAgrees: 0.3,
  /** A third party named in a third-party meeting who was not at this (related) event. */
  thirdPersonAbsent: -4,
  thirdSideDisagrees: -1,
  /** A US–Russia frame pointing at a related event (strong / weak frame). */
  usruRelated: -2.5,
  usruWeakRelated: -1,

  // ---- tense against status ----
  negCancelled: 2,
  negHeld: -1,
  futureNotHeld: 1.88,
  /** Future text whose own time misses a planned or called-off meeting: not that plan. */
  futureTimeAgainst: -2,
  futureAhead: 1,
  futurePast: -1.5,
  /** Future text on an undated page: the first meeting that fits after those the page tells as done. */
  pageNext: 1.5,
  /** The headline or opening of an undated page, with no time of its own: the first meeting that
   *  fits after those the page reports as done with their dates (its news). */
  pageNews: 1.5,
  pastPlanned: -1.5,
  pastCancelledNoAlias: -0.5,
  /** "Trump and Putin have met": a meeting verb told as done cannot be a meeting that was called off. */
  pastVerbCancelled: -3,

  // ---- the meeting word against the event's kind ----
  /** "a phone call" and a call event / any other kind; a meeting word and a call event. */
  kindCallIsCall: 2,
  kindCallNotCall: -2.5,
  kindMeetingIsCall: -2,
  /** "summit" and a summit (or sideline) / working-level round / envoy visit. */
  kindSummitSummit: 0.5,
  kindSummitWorking: -0.5,
  kindSummitEnvoy: -0.3,
  /** "consultations", "round", "session" and a working-level round / a summit. */
  kindRoundWorking: 0.7,
  kindRoundSummit: -1,
  kindVisitEnvoy: 0.5,
  kindConferenceSummit: 0.3,

  // ---- the floor ----
  /** Score the best event must reach to be named (below it: "a meeting we don't know"). */
  accept: 3,
  /** Extra needed when only the sentence says both sides / only one side or none is in sight. */
  acceptWeakExtra: 0.5,
  acceptOneSideExtra: 1,
  /** Lead over the runner-up below which the card says "also possible". */
  clearMargin: 0.8,
  /** A plural meeting word ("phone calls this year") whose best event leads the next by less than
   *  this names several meetings, none in particular: no mark. */
  pluralMargin: 0.4,
} as const satisfies Record<string, number>;

export type WeightName = keyof typeof W;

/** The weights the fitting script may move (the others encode structure, not strength). */
export const FITTED: WeightName[] = [
  'aliasUnique',
  'aliasShared',
  'placeCity',
  'placeCityNotMatched',
  'placeCityMismatch',
  'placeMismatch',
  'personInFrame',
  'personAbsent',
  'personInSentence',
  'personInSuite',
  'timeDay',
  'timeYear',
  'timeMonth',
  'timeOffMonth',
  'beforeBound',
  'timeOffYear',
  'sentYearMatch',
  'pubWeek',
  'pubMonth',
  'pubYear',
  'cueInSentence',
  'cueInDocument',
  'focusSpecific',
  'focusGeneric',
  'lead',
  'focusSeries',
  'usruRelated',
  'futureNotHeld',
  'pastPlanned',
  'accept',
  'kindSummitSummit',
  'kindRoundWorking',
];

/** For the fitting script only. */
export function setWeight(name: WeightName, value: number): void {
  (W as Record<WeightName, number>)[name] = value;
}
