import { describe, expect, it } from 'vitest';
import { BUNDLED_EVENTS, BUNDLED_FILES, DATASET_VERSION } from '../../../lib/events/dataset';
import { formatIssue, isLanguageTag, isValidPartialDate, validateDataset, validateEvent } from '../../../lib/events/validate';
import { DATASET_REACH, datasetReach, looksNewerThan } from '../../../lib/events/reach';

describe('the bundled dataset', () => {
  it('passes validation: schema, unique ids, shared aliases, https sources', () => {
    const { issues } = validateDataset(BUNDLED_EVENTS);
    expect(issues.map(formatIssue)).toEqual([]);
  });

  it('holds the events the product is built around', () => {
    const byId = new Map(BUNDLED_EVENTS.map((e) => [e.id, e]));
    const anchorage = byId.get('2025-anchorage-summit');
    expect(anchorage?.start).toBe('2025-08-15');
    expect(anchorage?.place.city).toBe('Anchorage');
    expect(byId.get('2025-riyadh-talks')?.start).toBe('2025-02-18');
    expect(byId.get('2018-helsinki-summit')?.start).toBe('2018-07-16');
  });

  it('keeps each file in time order', () => {
    for (const [file, events] of Object.entries(BUNDLED_FILES)) {
      const starts = (events as { start: string }[]).map((e) => e.start);
      expect([...starts].sort(), file).toEqual(starts);
    }
  });

  it('says how far it reaches (the constant the card uses is in step with the data)', () => {
    expect(datasetReach(BUNDLED_EVENTS)).toBe(DATASET_REACH);
  });

  it('records evidence strength for every event after mid-March 2026, and explains every claim of several reports', () => {
    for (const e of BUNDLED_EVENTS) {
      if (e.start >= '2026-03-12') expect(e.evidence, e.id).toBeDefined();
      if (e.evidence === 'several' && e.sources.length < 2) expect(e.sourceNote, e.id).toBeTruthy();
    }
  });

  it('has a version that changes with the data', () => {
    expect(DATASET_VERSION).toMatch(/^\d+-[0-9a-f]{8}$/);
  });
});

describe('event validation', () => {
  const good = structuredClone(BUNDLED_EVENTS.find((e) => e.id === '2018-helsinki-summit')!);

  it('names the record and the field of a problem', () => {
    const bad = { ...good, start: '2018-02-30', sources: [{ title: 'x', url: 'javascript:alert(1)' }] };
    const { issues } = validateEvent(bad);
    expect(issues.map(formatIssue)).toEqual([
      '2018-helsinki-summit → start: not a date (YYYY, YYYY-MM or YYYY-MM-DD)',
      '2018-helsinki-summit → sources.0.url: not an https URL',
    ]);
  });

  it('rejects unknown fields, bad ids and wrong kinds', () => {
    expect(validateEvent({ ...good, extra: 1 }).issues.length).toBeGreaterThan(0);
    expect(validateEvent({ ...good, id: 'Helsinki 2018' }).issues[0]?.field).toBe('id');
    expect(validateEvent({ ...good, kind: 'party' }).issues[0]?.field).toBe('kind');
    expect(validateEvent(null, 7).issues[0]?.record).toBe('#7');
  });

  it('accepts an evidence strength and a sourcing note, and rejects anything else', () => {
    expect(validateEvent({ ...good, evidence: 'single', sourceNote: 'One digest only.' }).issues).toEqual([]);
    expect(validateEvent({ ...good, evidence: 'some' }).issues[0]?.field).toBe('evidence');
    const one = { ...good, evidence: 'several', sources: [good.sources[0]] };
    expect(validateEvent(one).issues.map((i) => i.field)).toEqual(['evidence']);
    expect(validateEvent({ ...one, sourceNote: 'Three repositories quote the same wire story.' }).issues).toEqual([]);
  });

  it('rejects duplicate ids and aliases claimed by two events', () => {
    const twin = { ...good, aliases: { en: ['Trump-Putin summit in Helsinki'], ru: [] } };
    const { issues } = validateDataset([good, twin]);
    expect(issues.map((i) => i.message)).toContain('duplicate id');
    expect(issues.some((i) => i.message.includes('is also an alias of'))).toBe(true);
  });
});

describe('dataset reach', () => {
  it('is the latest held or planned date; cancelled events do not count', () => {
    expect(datasetReach([])).toBeNull();
    expect(
      datasetReach([
        { status: 'held', start: '2025-08-15' },
        { status: 'planned', start: '2026-02', end: '2026-03' },
        { status: 'cancelled', start: '2027-01-01' },
      ]),
    ).toBe('2026-03');
  });

  it('a mention looks newer when it names a later year or the page is newer', () => {
    expect(looksNewerThan('2026-12-03', 'the 2027 Geneva round')).toBe(true);
    expect(looksNewerThan('2026-12-03', 'the 2025 Geneva round', '2026-11-30')).toBe(false);
    expect(looksNewerThan('2026-12-03', 'the Geneva round', '2027-01-05T10:00:00Z')).toBe(true);
    expect(looksNewerThan('2026-12-03', 'the Geneva round')).toBe(false);
  });
});

describe('source dates and language tags', () => {
  const good = structuredClone(BUNDLED_EVENTS.find((e) => e.id === '2018-helsinki-summit')!);
  const withSource = (extra: Record<string, unknown>) => ({ ...good, sources: [{ ...good.sources[0]!, ...extra }, ...good.sources.slice(1)] });

  it('accepts an ISO date and a BCP 47 language on a source', () => {
    expect(validateEvent(withSource({ date: '2018-07-16', lang: 'ru' })).issues).toEqual([]);
    expect(validateEvent(withSource({ date: '2018-07', lang: 'pt-BR' })).issues).toEqual([]);
  });

  it('names the source field of a bad date or language', () => {
    expect(validateEvent(withSource({ date: '16 July 2018' })).issues.map(formatIssue)).toEqual([
      '2018-helsinki-summit → sources.0.date: not a date (YYYY, YYYY-MM or YYYY-MM-DD)',
    ]);
    expect(validateEvent(withSource({ date: '2018-02-30' })).issues[0]?.field).toBe('sources.0.date');
    for (const lang of ['Russian', 'RU', 'r', 'en_US', ''])
      expect(validateEvent(withSource({ lang })).issues.map((i) => i.field), lang).toEqual(['sources.0.lang']);
  });

  it('every bundled source that has a language or date has a valid one', () => {
    for (const e of BUNDLED_EVENTS)
      for (const s of e.sources) {
        if (s.lang !== undefined) expect(isLanguageTag(s.lang), `${e.id}: ${s.lang}`).toBe(true);
        if (s.date !== undefined) expect(isValidPartialDate(s.date), `${e.id}: ${s.date}`).toBe(true);
      }
  });
});

describe('audited facts (the dataset audit of December 2026)', () => {
  const byId = new Map(BUNDLED_EVENTS.map((e) => [e.id, e]));
  const ev = (id: string) => {
    const e = byId.get(id);
    if (!e) throw new Error(`no event ${id}`);
    return e;
  };

  // Checked against the Office of the Historian (FRUS editorial notes and milestones) and the other cited sources.
  it.each([
    ['1945-yalta-conference', '1945-02-04', '1945-02-11', 'Yalta'],
    ['1945-potsdam-conference', '1945-07-17', '1945-08-02', 'Potsdam'],
    ['1955-geneva-summit', '1955-07-18', '1955-07-23', 'Geneva'],
    ['1959-camp-david-summit', '1959-09-15', '1959-09-27', 'Thurmont'],
    ['1961-vienna-summit', '1961-06-03', '1961-06-04', 'Vienna'],
    ['1967-glassboro-summit', '1967-06-23', '1967-06-25', 'Glassboro'],
    ['1972-moscow-summit', '1972-05-22', '1972-05-30', 'Moscow'],
    ['1974-vladivostok-summit', '1974-11-23', '1974-11-24', 'Vladivostok'],
    ['1975-helsinki-ford-brezhnev-csce', '1975-07-30', '1975-08-02', 'Helsinki'],
    ['1977-03-vance-moscow-salt', '1977-03-27', '1977-03-30', 'Moscow'],
    ['1979-vienna-summit', '1979-06-15', '1979-06-18', 'Vienna'],
    ['1985-geneva-summit', '1985-11-19', '1985-11-21', 'Geneva'],
    ['1986-reykjavik-summit', '1986-10-11', '1986-10-12', 'Reykjavik'],
    ['1987-washington-summit', '1987-12-08', '1987-12-10', 'Washington'],
    ['1988-moscow-summit', '1988-05-29', '1988-06-02', 'Moscow'],
    ['1989-malta-summit', '1989-12-02', '1989-12-03', 'Marsaxlokk'],
  ])('%s runs from %s to %s in %s', (id, start, end, city) => {
    const e = ev(id);
    expect([e.start, e.end, e.place.city]).toEqual([start, end, city]);
  });

  it('the NPT was signed for the US in the East Room and for the USSR in Moscow, and the card says so', () => {
    const npt = ev('1968-nuclear-non-proliferation-treaty-signing');
    expect(npt.place.venue).toContain('East Room');
    const gromyko = npt.participants.find((p) => p.name === 'Andrei Gromyko');
    expect(gromyko?.role).toContain('Moscow');
    expect(npt.summary).toMatch(/Gromyko signed .* in Moscow/);
  });

  it('dates the October 2026 Trump–Putin call to the day the reports give, keeping its first id', () => {
    const call = ev('2026-10-trump-putin-call');
    expect([call.kind, call.status, call.start]).toEqual(['call', 'held', '2026-10-09']);
    expect(call.sources.some((s) => s.date === '2026-10-09')).toBe(true);
  });

  it('a planned round since mid-March 2026 says how strong its evidence is and why it is still planned', () => {
    const planned = BUNDLED_EVENTS.filter((e) => e.status === 'planned' && e.start >= '2026-03');
    expect(planned.map((e) => e.id)).toContain('2026-10-uae-trilateral-technical-meeting');
    for (const e of planned) {
      expect(e.evidence, e.id).toBeDefined();
      expect(e.sourceNote, e.id).toMatch(/planned/);
    }
  });

  // The second audit of December 2026: ministerial meetings of 1989–2019, calls, and the 2025–2026 envoy
  // visits, checked against reports of each meeting found with the search tool (stored copies of LA Times,
  // RFE/RL, McClatchy, dpa, AFP, Bloomberg, CNN, TASS, KUNA, Kremlin-pool reports and State Department texts).
  it.each([
    ['1989-05-baker-moscow', '1989-05-10', '1989-05-11', 'Moscow'],
    ['1989-09-jackson-hole-ministerial', '1989-09-22', '1989-09-23', 'Jackson Hole'],
    ['1990-02-baker-gorbachev-moscow-nato', '1990-02-08', '1990-02-09', 'Moscow'],
    ['2007-10-12-moscow-two-plus-two', '2007-10-12', undefined, 'Moscow'],
    ['2008-03-17-moscow-two-plus-two', '2008-03-17', '2008-03-18', 'Moscow'],
    ['2009-03-06-clinton-lavrov-geneva-reset', '2009-03-06', undefined, 'Geneva'],
    ['2011-12-06-clinton-lavrov-vilnius-osce', '2011-12-06', undefined, 'Vilnius'],
    ['2012-12-06-clinton-lavrov-dublin-osce', '2012-12-06', undefined, 'Dublin'],
    ['2013-05-07-kerry-moscow', '2013-05-07', undefined, 'Moscow'],
    ['2013-08-09-washington-two-plus-two', '2013-08-09', undefined, 'Washington'],
    ['2014-03-14-kerry-lavrov-london', '2014-03-14', undefined, 'London'],
    ['2014-03-30-kerry-lavrov-paris', '2014-03-30', undefined, 'Paris'],
    ['2015-05-12-kerry-sochi', '2015-05-12', undefined, 'Sochi'],
    ['2016-01-20-kerry-lavrov-zurich', '2016-01-20', undefined, 'Zurich'],
    ['2017-04-12-tillerson-moscow', '2017-04-12', undefined, 'Moscow'],
    ['2019-05-14-pompeo-sochi', '2019-05-14', undefined, 'Sochi'],
    ['2017-01-28-trump-putin-call', '2017-01-28', undefined, 'Washington'],
    ['2021-12-30-biden-putin-phone-call', '2021-12-30', undefined, 'Wilmington'],
    ['2022-07-29-blinken-lavrov-call', '2022-07-29', undefined, 'Washington'],
    ['2025-02-11-witkoff-putin-moscow', '2025-02-11', undefined, 'Moscow'],
    ['2025-03-13-witkoff-putin-moscow', '2025-03-13', undefined, 'Moscow'],
    ['2025-04-11-witkoff-putin-st-petersburg', '2025-04-11', undefined, 'Saint Petersburg'],
    ['2025-04-25-witkoff-putin-moscow', '2025-04-25', undefined, 'Moscow'],
    ['2025-08-06-witkoff-putin-moscow', '2025-08-06', undefined, 'Moscow'],
    ['2025-12-02-witkoff-kushner-putin-moscow', '2025-12-02', undefined, 'Moscow'],
    ['2026-01-22-witkoff-kushner-putin-moscow', '2026-01-22', undefined, 'Moscow'],
  ])('%s: from %s to %s in %s (second audit)', (id, start, end, city) => {
    const e = ev(id);
    expect([e.start, e.end, e.place.city]).toEqual([start, end, city]);
  });

  it('the 2008 Moscow 2+2 lists the two men who received the ministers in the Kremlin, and cites reports of the talks', () => {
    const e = ev('2008-03-17-moscow-two-plus-two');
    expect(e.participants.map((p) => p.name)).toEqual(expect.arrayContaining(['Vladimir Putin', 'Dmitry Medvedev']));
    expect(e.sources.some((s) => s.date?.startsWith('2008-03'))).toBe(true);
  });

  it('Vilnius 2011 claims no bilateral meeting the reports do not show, and says why', () => {
    const e = ev('2011-12-06-clinton-lavrov-vilnius-osce');
    expect(e.summary).not.toMatch(/met in Vilnius|went over/);
    expect(e.sourceNote).toMatch(/no report of such a meeting/);
  });

  it('St Petersburg 2025 names the venue the Kremlin pool reported', () => {
    expect(ev('2025-04-11-witkoff-putin-st-petersburg').place.venue).toBe('Presidential Library');
  });

  // The third audit of December 2026: Cold War ministerials, sideline meetings of 1999–2021 and the 2025–2026
  // envoy visits and calls, against reports of each meeting (FRUS, presidential libraries, AP, Reuters, VOA,
  // Meduza, Novaya Gazeta Europe, RIA Novosti and others found with the search tool).
  it.each([
    ['1987-04-shultz-moscow-inf', '1987-04-13', '1987-04-15', 'Moscow'],
    ['1991-07-17-london-bush-gorbachev-g7', '1991-07-17', undefined, 'London'],
    ['1991-10-madrid-bush-gorbachev', '1991-10-29', '1991-10-30', 'Madrid'],
    ['2000-07-21-clinton-putin-okinawa', '2000-07-21', undefined, 'Nago'],
    ['2014-12-04-kerry-lavrov-basel-osce', '2014-12-04', undefined, 'Basel'],
    ['2016-02-11-kerry-lavrov-munich-issg', '2016-02-11', '2016-02-12', 'Munich'],
    ['2017-08-07-tillerson-lavrov-manila-asean', '2017-08-06', undefined, 'Manila'],
    ['2021-05-19-blinken-lavrov-reykjavik', '2021-05-19', undefined, 'Reykjavik'],
    ['2026-01-20-dmitriev-witkoff-kushner-davos', '2026-01-20', undefined, 'Davos'],
  ])('%s: from %s to %s in %s (third audit)', (id, start, end, city) => {
    const e = ev(id);
    expect([e.start, e.end, e.place.city]).toEqual([start, end, city]);
  });

  it('each meeting the third audit re-sourced cites a report published on or after the day it began', () => {
    const ids = [
      '1991-07-17-london-bush-gorbachev-g7', '2014-12-04-kerry-lavrov-basel-osce', '2016-02-11-kerry-lavrov-munich-issg',
      '2016-11-20-obama-putin-lima', '2017-02-16-tillerson-lavrov-bonn-g20', '2017-08-07-tillerson-lavrov-manila-asean',
      '2019-05-06-pompeo-lavrov-rovaniemi-arctic', '2021-05-19-blinken-lavrov-reykjavik', '2021-12-02-blinken-lavrov-stockholm-osce',
      '2025-10-24-dmitriev-us-visit', '2025-12-20-dmitriev-miami-talks', '2026-01-20-dmitriev-witkoff-kushner-davos',
      '2026-04-29-trump-putin-call',
    ];
    for (const id of ids) {
      const e = ev(id);
      expect(e.sources.some((s) => s.date !== undefined && s.date >= e.start), id).toBe(true);
    }
  });

  it('no source is a tag page, and the meetings the third audit re-sourced cite no encyclopedia article', () => {
    const bad = BUNDLED_EVENTS.flatMap((e) => e.sources.filter((s) => /\/tag\//.test(s.url)).map((s) => `${e.id}: ${s.url}`));
    expect(bad).toEqual([]);
    for (const id of ['1991-10-madrid-bush-gorbachev', '2014-12-04-kerry-lavrov-basel-osce', '2016-02-11-kerry-lavrov-munich-issg', '2017-02-16-tillerson-lavrov-bonn-g20', '2017-08-07-tillerson-lavrov-manila-asean', '2019-05-06-pompeo-lavrov-rovaniemi-arctic', '2021-12-02-blinken-lavrov-stockholm-osce'])
      expect(ev(id).sources.map((s) => s.url).join(' '), id).not.toMatch(/wikipedia\.org/);
  });

  it('Manila 2017 keeps its first id but says why its date is a day earlier', () => {
    expect(ev('2017-08-07-tillerson-lavrov-manila-asean').sourceNote).toMatch(/6 August/);
  });

  it('the April 2026 call claims nothing that only one repository reported', () => {
    const e = ev('2026-04-29-trump-putin-call');
    expect(e.summary).not.toMatch(/uranium/);
    expect(e.sourceNote).toMatch(/dropped/);
  });

  it('the meetings added by the third audit are in the dataset where a reader expects them', () => {
    it_expects([
      ['1981-09-23-haig-gromyko-new-york', 'ministerial', '1981-09-23', 'New York'],
      ['1984-01-18-shultz-gromyko-stockholm', 'ministerial', '1984-01-18', 'Stockholm'],
      ['1990-08-01-baker-shevardnadze-irkutsk', 'ministerial', '1990-08-01', 'Irkutsk'],
      ['1990-08-03-baker-shevardnadze-vnukovo', 'ministerial', '1990-08-03', 'Moscow'],
      ['2006-11-15-bush-putin-vnukovo', 'sideline', '2006-11-15', 'Moscow'],
      ['2010-11-14-obama-medvedev-yokohama-apec', 'sideline', '2010-11-14', 'Yokohama'],
      ['2011-11-12-obama-medvedev-honolulu-apec', 'sideline', '2011-11-12', 'Honolulu'],
      ['2014-03-01-obama-putin-call', 'call', '2014-03-01', 'Washington'],
      ['2022-05-13-austin-shoigu-call', 'call', '2022-05-13', 'Washington'],
      ['1990-05-18-baker-gorbachev-moscow', 'ministerial', '1990-05-18', 'Moscow'],
      ['1999-11-02-clinton-putin-oslo', 'sideline', '1999-11-02', 'Oslo'],
      ['2000-11-15-clinton-putin-brunei-apec', 'sideline', '2000-11-15', 'Bandar Seri Begawan'],
      ['1991-01-28-bessmertnykh-washington', 'ministerial', '1991-01-28', 'Washington'],
      ['2022-10-21-austin-shoigu-call', 'call', '2022-10-21', 'Washington'],
      ['2022-10-23-austin-shoigu-call', 'call', '2022-10-23', 'Moscow'],
      ['2023-03-15-austin-shoigu-call', 'call', '2023-03-15', 'Washington'],
    ]);
    function it_expects(rows: [string, string, string, string][]) {
      for (const [id, kind, start, city] of rows) {
        const e = ev(id);
        expect([e.kind, e.status, e.start, e.place.city], id).toEqual([kind, 'held', start, city]);
        expect(e.sources.length, id).toBeGreaterThan(0);
        expect(e.aliases.en.length * e.aliases.ru.length * (e.aliases.uk?.length ?? 0), id).toBeGreaterThan(0);
      }
    }
  });
});

describe('the fourth audit of December 2026', () => {
  const byId = new Map(BUNDLED_EVENTS.map((e) => [e.id, e]));
  const ev = (id: string) => {
    const e = byId.get(id);
    if (!e) throw new Error(`no event ${id}`);
    return e;
  };

  // Ministers' meetings of 2012–2023 and the 2025–2026 calls, envoy visits and trilateral rounds, checked
  // against reports of each meeting (AP, Reuters, AFP, UPI, RFE/RL, Anadolu, TASS, Xinhua, Lenta.ru and others).
  it.each([
    ['2012-09-08-clinton-putin-vladivostok-apec', '2012-09-08', undefined, 'Vladivostok'],
    ['2013-09-12-kerry-lavrov-geneva-chemical-weapons', '2013-09-12', '2013-09-14', 'Geneva'],
    ['2014-04-17-geneva-ukraine-talks', '2014-04-17', undefined, 'Geneva'],
    ['2015-11-14-kerry-lavrov-vienna-issg', '2015-11-14', undefined, 'Vienna'],
    ['2015-12-15-kerry-putin-moscow', '2015-12-15', undefined, 'Moscow'],
    ['2016-03-24-kerry-putin-moscow', '2016-03-24', undefined, 'Moscow'],
    ['2016-07-14-kerry-moscow', '2016-07-14', '2016-07-15', 'Moscow'],
    ['2016-09-09-kerry-lavrov-geneva-syria', '2016-09-09', undefined, 'Geneva'],
    ['2016-12-08-kerry-lavrov-hamburg-osce', '2016-12-07', '2016-12-08', 'Hamburg'],
    ['2017-05-10-lavrov-trump-white-house', '2017-05-10', undefined, 'Washington'],
    ['2017-12-07-tillerson-lavrov-vienna-osce', '2017-12-07', undefined, 'Vienna'],
    ['2019-12-10-lavrov-trump-white-house', '2019-12-10', undefined, 'Washington'],
    ['2022-01-21-blinken-lavrov-geneva', '2022-01-21', undefined, 'Geneva'],
    ['2023-03-02-blinken-lavrov-new-delhi-g20', '2023-03-02', undefined, 'New Delhi'],
    ['2025-02-12-trump-putin-call', '2025-02-12', undefined, 'Washington'],
    ['2025-03-18-trump-putin-call', '2025-03-18', undefined, 'Washington'],
    ['2025-03-24-riyadh-technical-talks', '2025-03-24', undefined, 'Riyadh'],
    ['2025-04-02-dmitriev-washington', '2025-04-02', '2025-04-03', 'Washington'],
    ['2025-05-19-trump-putin-call', '2025-05-19', undefined, 'Washington'],
    ['2025-07-10-rubio-lavrov-kuala-lumpur', '2025-07-10', undefined, 'Kuala Lumpur'],
    ['2025-09-24-rubio-lavrov-unga', '2025-09-24', undefined, 'New York'],
    ['2025-10-16-trump-putin-call', '2025-10-16', undefined, 'Washington'],
    ['2025-11-24-driscoll-abu-dhabi-talks', '2025-11-24', '2025-11-25', 'Abu Dhabi'],
    ['2026-01-23-abu-dhabi-trilateral-talks', '2026-01-23', '2026-01-24', 'Abu Dhabi'],
    ['2026-02-04-abu-dhabi-trilateral-talks', '2026-02-04', '2026-02-05', 'Abu Dhabi'],
    ['2026-02-17-geneva-trilateral-talks', '2026-02-17', '2026-02-18', 'Geneva'],
    ['2026-03-11-dmitriev-florida-talks', '2026-03-11', undefined, 'Miami'],
    ['2026-07-23-rubio-lavrov-manila', '2026-07-23', undefined, 'Manila'],
    ['2026-08-25-ratcliffe-moscow', '2026-08-25', undefined, 'Moscow'],
    ['2026-09-05-witkoff-kushner-putin-moscow', '2026-09-05', undefined, 'Moscow'],
  ])('%s: from %s to %s in %s (fourth audit)', (id, start, end, city) => {
    const e = ev(id);
    expect([e.start, e.end, e.place.city]).toEqual([start, end, city]);
  });

  it('each meeting the fourth audit re-sourced cites a report dated on or after its first day, and no encyclopedia or travel list', () => {
    const ids = [
      '2012-09-08-clinton-putin-vladivostok-apec', '2015-11-14-kerry-lavrov-vienna-issg', '2015-12-15-kerry-putin-moscow',
      '2016-03-24-kerry-putin-moscow', '2016-12-08-kerry-lavrov-hamburg-osce', '2017-05-10-lavrov-trump-white-house',
      '2017-05-11-tillerson-lavrov-fairbanks-arctic', '2017-12-07-tillerson-lavrov-vienna-osce', '2019-12-10-lavrov-trump-white-house',
      '2025-02-12-trump-putin-call', '2025-03-18-trump-putin-call', '2025-09-24-rubio-lavrov-unga', '2025-07-10-rubio-lavrov-kuala-lumpur',
    ];
    for (const id of ids) {
      const e = ev(id);
      expect(e.sources.some((s) => s.date !== undefined && s.date >= e.start), id).toBe(true);
      expect(e.sources.map((s) => s.url).join(' '), id).not.toMatch(/wikipedia\.org|history\.state\.gov\/departmenthistory\/travels/);
    }
  });

  it('no source of a 2025–2026 meeting the audit checked is a preview of it', () => {
    expect(ev('2025-09-24-rubio-lavrov-unga').sources.map((s) => s.title).join(' ')).not.toMatch(/may meet/);
    expect(ev('2019-12-10-lavrov-trump-white-house').sources.map((s) => s.title).join(' ')).not.toMatch(/will host/);
  });

  it('Hamburg 2016 keeps its first id but starts on the evening the ministers first met', () => {
    expect(ev('2016-12-08-kerry-lavrov-hamburg-osce').sourceNote).toMatch(/7 December/);
  });

  it('Fairbanks 2017 and Belgrade 2015 claim no talks the reports do not show, and say why', () => {
    const fairbanks = ev('2017-05-11-tillerson-lavrov-fairbanks-arctic');
    expect(fairbanks.summary).not.toMatch(/met again|sideline meeting/);
    expect(fairbanks.sourceNote).toMatch(/no separate bilateral/);
    expect(ev('2015-12-03-kerry-lavrov-belgrade-osce').sourceNote).toMatch(/announce the meeting/);
  });

  it('Vladivostok 2012 and Moscow 2016 put the meetings in the order they happened', () => {
    const vlad = ev('2012-09-08-clinton-putin-vladivostok-apec').summary;
    expect(vlad.indexOf('Lavrov')).toBeLessThan(vlad.indexOf('conversation with Putin'));
    const moscow = ev('2016-03-24-kerry-putin-moscow').summary;
    expect(moscow).toMatch(/talks with Lavrov and then spent about four hours with Putin/);
  });

  it('the meetings the fourth audit added are in the dataset where a reader expects them, named in three languages', () => {
    for (const [id, kind, start, city] of [
      ['1993-02-25-christopher-kozyrev-geneva', 'ministerial', '1993-02-25', 'Geneva'],
      ['1997-02-20-albright-primakov-moscow', 'ministerial', '1997-02-20', 'Moscow'],
      ['2001-02-24-powell-ivanov-cairo', 'ministerial', '2001-02-24', 'Cairo'],
      ['2005-11-18-bush-putin-busan-apec', 'sideline', '2005-11-18', 'Busan'],
      ['2007-09-07-bush-putin-sydney-apec', 'sideline', '2007-09-07', 'Sydney'],
      ['2008-11-22-bush-medvedev-lima-apec', 'sideline', '2008-11-22', 'Lima'],
      ['2005-04-20-rice-moscow', 'ministerial', '2005-04-20', 'Moscow'],
      ['2009-10-13-clinton-lavrov-moscow', 'ministerial', '2009-10-13', 'Moscow'],
      ['2013-02-26-kerry-lavrov-berlin', 'ministerial', '2013-02-26', 'Berlin'],
    ]) {
      const e = ev(id!);
      expect([e.kind, e.status, e.start, e.place.city], id).toEqual([kind, 'held', start, city]);
      expect(e.sources.some((s) => s.date !== undefined && s.date >= e.start), id).toBe(true);
      expect(e.aliases.en.length * e.aliases.ru.length * (e.aliases.uk?.length ?? 0), id).toBeGreaterThan(0);
    }
  });

  it('the Geneva round of February 2026 names its venue and the deputy foreign minister who took part', () => {
    const e = ev('2026-02-17-geneva-trilateral-talks');
    expect(e.place.venue).toBe('InterContinental Geneva');
    expect(e.participants.map((p) => p.name)).toContain('Mikhail Galuzin');
  });
});

describe('the check of the August–October 2026 contacts (December 2026)', () => {
  const byId = new Map(BUNDLED_EVENTS.map((e) => [e.id, e]));
  const ev = (id: string) => {
    const e = byId.get(id);
    if (!e) throw new Error(`no event ${id}`);
    return e;
  };
  const autumn = BUNDLED_EVENTS.filter((e) => e.start >= '2026-08' && e.start < '2026-11' && e.kind !== 'related');

  it('each US–Russia contact of August–October 2026 cites a report dated on or after its first day', () => {
    expect(autumn.length).toBeGreaterThanOrEqual(5);
    for (const e of autumn) expect(e.sources.some((s) => s.date !== undefined && s.date >= e.start), e.id).toBe(true);
  });

  it('the Ratcliffe visit does not name his Russian counterpart as fact, and says why', () => {
    const e = ev('2026-08-25-ratcliffe-moscow');
    expect(e.summary).not.toMatch(/Naryshkin (said|confirmed)/);
    expect(e.summary).toMatch(/neither side confirmed/);
    expect(e.participants.find((p) => p.name === 'Sergey Naryshkin')?.role).toMatch(/not confirmed/);
    expect(e.sourceNote).toMatch(/declined to name/);
    expect(e.sources.some((s) => s.lang === 'ru')).toBe(true);
  });

  it('the September Kremlin meeting puts Dmitriev at the arrival, where Reuters reported him, not in the talks', () => {
    const e = ev('2026-09-05-witkoff-kushner-putin-moscow');
    expect(e.summary).toMatch(/^Met on arrival by Putin's envoy Dmitriev/);
    expect(e.summary).not.toMatch(/with Putin, Ushakov and Dmitriev/);
    expect(e.sources.map((s) => s.url).join(' ')).toMatch(/dmitriev-meet-witkoff-kushner-upon-their-arrival/);
  });

  it('the Bessent–Siluanov meeting keeps its two Reuters stories and counts as several once a second outlet in a second repository reports it', () => {
    const e = ev('2026-08-31-bessent-siluanov-g20-finance');
    expect(e.sources.filter((s) => s.publisher === 'Reuters' && s.date === '2026-08-31')).toHaveLength(2);
    expect(e.sources.some((s) => s.publisher === 'The Moscow Times' && s.date === '2026-09-01')).toBe(true);
    expect(e.evidence).toBe('several');
    expect(e.sourceNote).toMatch(/two public repositories/);
  });

  // The feed check of December 2026: The Moscow Times feed in a public archive, read for September and early October 2026.
  it('Dmitriev in Washington, late September 2026: one outlet, the days it can have been, and no US name the reports lack', () => {
    const e = ev('2026-09-28-dmitriev-washington-visit');
    expect([e.kind, e.status, e.start, e.end, e.place.city]).toEqual(['envoy', 'held', '2026-09-28', '2026-09-29', 'Washington']);
    expect(e.evidence).toBe('single');
    expect(e.participants.filter((p) => p.side === 'us').map((p) => p.name)).toEqual(['US Treasury and Energy Department officials']);
    expect(e.sources.map((s) => s.date)).toEqual(['2026-09-29', '2026-10-01']);
    expect(e.sourceNote).toMatch(/span the days/);
    expect(e.aliases.en.length * e.aliases.ru.length * (e.aliases.uk?.length ?? 0)).toBeGreaterThan(0);
  });

  it('the plain name of a Dmitriev visit to Washington is shared by the April 2025 and September 2026 visits', () => {
    for (const id of ['2025-04-02-dmitriev-washington', '2026-09-28-dmitriev-washington-visit']) {
      expect(ev(id).sharedAliases, id).toEqual(expect.arrayContaining(['Dmitriev visit to Washington', 'визит Дмитриева в Вашингтон', 'візит Дмитрієва до Вашингтона']));
    }
  });

  it('the planned UAE round cites the report that the US proposed the UAE, and stays planned', () => {
    const e = ev('2026-10-uae-trilateral-technical-meeting');
    expect(e.status).toBe('planned');
    expect(e.sources.some((s) => s.publisher === 'The Moscow Times' && s.date === '2026-09-25')).toBe(true);
    expect(e.evidence).toBe('several');
    expect(e.sourceNote).toMatch(/two public repositories/);
  });

  it('the Bessent–Siluanov meeting is placed in Asheville, North Carolina, the city several independent records give for that G20 meeting', () => {
    const e = ev('2026-08-31-bessent-siluanov-g20-finance');
    expect([e.place.city, e.place.region, e.place.country]).toEqual(['Asheville', 'North Carolina', 'United States']);
    expect(e.place.lat).toBeCloseTo(35.6, 1);
    expect(e.place.lon).toBeCloseTo(-82.55, 1);
    expect(e.place.names).toEqual(expect.arrayContaining(['Asheville', 'Эшвилл', 'Ешвілл', 'North Carolina']));
    expect(e.sources.some((s) => s.publisher === 'The Moscow Times' && s.date === '2026-09-11')).toBe(true);
    expect(e.sourceNote).toMatch(/Asheville/);
  });

  it('the 5 September Kremlin meeting cites the October report of the oil deal raised there', () => {
    const e = ev('2026-09-05-witkoff-kushner-putin-moscow');
    expect(e.sources.some((s) => s.date === '2026-10-03' && /oil-deal/.test(s.url))).toBe(true);
  });
});

describe('source addresses', () => {
  it('no source is a CMS preview, a search-engine redirect or a course-notes upload', () => {
    const bad = BUNDLED_EVENTS.flatMap((e) => e.sources.filter((s) => /pangea-cms\.com\/preview|\/apiclick\.aspx|google\.[a-z.]+\/url\?|coursehero\.com/.test(s.url)).map((s) => `${e.id}: ${s.url}`));
    expect(bad).toEqual([]);
  });
});

describe('the gap check of December 2026: contacts the dataset lacked', () => {
  const byId = new Map(BUNDLED_EVENTS.map((e) => [e.id, e]));
  const ev = (id: string) => {
    const e = byId.get(id);
    if (!e) throw new Error(`no event ${id}`);
    return e;
  };

  it('the added contacts are where a reader expects them, named in three languages', () => {
    for (const [id, kind, start, end] of [
      ['1978-10-22-vance-moscow-salt', 'ministerial', '1978-10-22', '1978-10-23'],
      ['2026-07-trump-putin-call', 'call', '2026-07-04', undefined],
      ['2026-09-08-trump-putin-call', 'call', '2026-09-08', undefined],
      ['1995-06-17-clinton-yeltsin-halifax', 'sideline', '1995-06-17', undefined],
      ['2017-02-16-dunford-gerasimov-baku', 'working-level', '2017-02-16', undefined],
      ['2018-06-08-dunford-gerasimov-helsinki', 'working-level', '2018-06-08', undefined],
      ['2021-09-22-milley-gerasimov-helsinki', 'working-level', '2021-09-22', undefined],
      ['1962-03-12-rusk-gromyko-geneva', 'ministerial', '1962-03-12', '1962-03-26'],
      ['1966-09-22-rusk-gromyko-new-york', 'ministerial', '1966-09-22', '1966-09-24'],
      ['1993-09-01-gore-chernomyrdin-commission-washington', 'working-level', '1993-09-01', '1993-09-02'],
      ['1993-12-15-gore-chernomyrdin-commission-moscow', 'working-level', '1993-12-15', '1993-12-16'],
      ['1994-06-22-gore-chernomyrdin-commission-washington', 'working-level', '1994-06-22', '1994-06-23'],
      ['1980-05-16-muskie-gromyko-vienna', 'ministerial', '1980-05-15', '1980-05-16'],
      ['1980-09-25-muskie-gromyko-new-york', 'ministerial', '1980-09-25', undefined],
      ['1985-05-14-shultz-gromyko-vienna', 'ministerial', '1985-05-14', undefined],
      ['1975-02-16-kissinger-gromyko-geneva', 'ministerial', '1975-02-16', '1975-02-17'],
      ['1982-06-18-haig-gromyko-new-york', 'ministerial', '1982-06-18', '1982-06-19'],
      ['1966-10-10-johnson-gromyko-white-house', 'ministerial', '1966-10-10', undefined],
      ['1971-09-29-nixon-gromyko-white-house', 'ministerial', '1971-09-29', undefined],
      ['1985-09-27-reagan-shevardnadze-white-house', 'ministerial', '1985-09-27', undefined],
      ['2002-06-27-bush-putin-kananaskis', 'sideline', '2002-06-27', undefined],
      ['2004-11-20-bush-putin-santiago-apec', 'sideline', '2004-11-20', undefined],
      ['2006-11-19-bush-putin-hanoi-apec', 'sideline', '2006-11-19', undefined],
      ['2022-02-12-austin-shoigu-call', 'call', '2022-02-12', undefined],
      ['2022-02-18-austin-shoigu-call', 'call', '2022-02-18', undefined],
      ['2022-05-19-milley-gerasimov-call', 'call', '2022-05-19', undefined],
      ['2022-02-01-blinken-lavrov-call', 'call', '2022-02-01', undefined],
      ['2022-02-12-blinken-lavrov-call', 'call', '2022-02-12', undefined],
      ['2022-02-15-blinken-lavrov-call', 'call', '2022-02-15', undefined],
    ] as const) {
      const e = ev(id);
      expect([e.kind, e.status, e.start, e.end], id).toEqual([kind, 'held', start, end]);
      expect(e.aliases.en.length * e.aliases.ru.length * (e.aliases.uk?.length ?? 0), id).toBeGreaterThan(0);
    }
  });

  it('Vance in Moscow, October 1978: dated by his own telegrams, with Brezhnev among those he met', () => {
    const e = ev('1978-10-22-vance-moscow-salt');
    expect(e.place.city).toBe('Moscow');
    expect(e.participants.map((p) => p.name)).toEqual(expect.arrayContaining(['Cyrus Vance', 'Andrei Gromyko', 'Leonid Brezhnev']));
    expect(e.sources.filter((s) => /frus1977-80v06\/d15[56]$/.test(s.url))).toHaveLength(2);
  });

  it('the July and September 2026 calls are dated by the reports of them, each now confirmed by a second outlet', () => {
    const july = ev('2026-07-trump-putin-call');
    expect(july.start).toBe('2026-07-04');
    expect(july.evidence).toBe('several');
    expect(july.sources.some((s) => s.publisher === 'The Moscow Times' && /kremlin-aide/.test(s.url))).toBe(true);
    expect(july.sourceNote).toMatch(/22:49 UTC on 4 July/);
    const september = ev('2026-09-08-trump-putin-call');
    expect(september.evidence).toBe('several');
    expect(september.sources.some((s) => s.publisher === 'Financial Times' && s.date === '2026-09-08')).toBe(true);
    expect(september.sources.some((s) => s.publisher === 'The Moscow Times' && s.date === '2026-09-08')).toBe(true);
    expect(september.sourceNote).toMatch(/Neither report's summary gives the day/);
  });

  it('the State Duma delegation in Washington (March 2026) names no participant the reports do not name, and spans the days the meeting can have fallen on', () => {
    const e = ev('2026-03-25-state-duma-delegation-washington');
    expect([e.kind, e.status, e.start, e.end, e.place.city]).toEqual(['working-level', 'held', '2026-03-25', '2026-03-26', 'Washington']);
    expect(e.participants.map((p) => p.name)).toEqual(['State Duma delegation', 'US lawmakers']);
    expect(e.sourceNote).toMatch(/names were not found/);
    expect(e.aliases.en.length * e.aliases.ru.length * (e.aliases.uk?.length ?? 0)).toBeGreaterThan(0);
  });

  it('the chiefs-of-defence meetings near Helsinki are placed at the manor where they met, and none is the 2018 summit', () => {
    for (const id of ['2018-06-08-dunford-gerasimov-helsinki', '2021-09-22-milley-gerasimov-helsinki']) {
      const e = ev(id);
      expect([e.place.venue, e.place.city], id).toEqual(['Königstedt Manor', 'Vantaa']);
      expect(e.sharedAliases ?? [], id).not.toContain('Helsinki summit');
      expect(e.participants.map((p) => p.name), id).toContain('Valery Gerasimov');
    }
  });

  it('Halifax 1995 cites the White House briefing of the day and a report of the next', () => {
    const e = ev('1995-06-17-clinton-yeltsin-halifax');
    expect(e.sources.map((s) => s.date)).toEqual(expect.arrayContaining(['1995-06-17', '1995-06-18']));
    expect(e.place.city).toBe('Halifax');
  });

  it('the Rusk–Gromyko rounds share one name across the two of them and cite the FRUS record of the talks', () => {
    const rounds = BUNDLED_EVENTS.filter((e) => e.sharedAliases?.includes('Rusk-Gromyko talks'));
    expect(rounds.map((e) => e.id)).toEqual(['1962-03-12-rusk-gromyko-geneva', '1966-09-22-rusk-gromyko-new-york']);
    for (const e of rounds) expect(e.sources.every((s) => s.url.startsWith('https://history.state.gov/historicaldocuments/')), e.id).toBe(true);
  });

  it('the Gore–Chernomyrdin Commission sessions are numbered rounds of one series, alternating between the capitals', () => {
    const rounds = BUNDLED_EVENTS.filter((e) => e.series?.id === 'gore-chernomyrdin-commission');
    expect(rounds.map((e) => [e.series?.round, e.place.city])).toEqual([
      [1, 'Washington'],
      [2, 'Moscow'],
      [3, 'Washington'],
    ]);
  });

  it('the possible Trump–Putin meeting at the Miami G20 is planned on the summit\'s days and names no venue word of the summit itself', () => {
    const e = ev('2026-12-miami-g20-trump-putin-possible');
    expect([e.status, e.start, e.end, e.place.city]).toEqual(['planned', '2026-12-14', '2026-12-15', 'Miami']);
    expect(e.place.venue).toBeUndefined();
    expect(e.place.names ?? []).not.toContain('Doral');
    expect(e.participants.find((p) => p.side === 'ru')?.role).toMatch(/not confirmed/);
  });

  it('Molotov\'s wartime visit to Washington holds the days of his White House talks (FRUS 1942 vol. III)', () => {
    const e = ev('1942-05-29-molotov-washington-roosevelt');
    expect([e.start, e.end, e.place.city]).toEqual(['1942-05-29', '1942-06-01', 'Washington']);
    expect(e.participants.map((p) => p.name)).toEqual(expect.arrayContaining(['Franklin D. Roosevelt', 'Vyacheslav Molotov']));
  });

  it('the Geneva foreign ministers\' meetings of 1977–1982 carry the days of the record (FRUS, travels of the Secretary)', () => {
    const days = ['1977-05-18-vance-gromyko-geneva', '1978-07-12-vance-gromyko-geneva', '1978-12-21-vance-gromyko-geneva', '1982-01-26-haig-gromyko-geneva'].map((id) => {
      const e = ev(id);
      expect(e.place.city, id).toBe('Geneva');
      expect(e.participants.map((p) => p.side).sort(), id).toEqual(['ru', 'us']);
      return [e.start, e.end];
    });
    expect(days).toEqual([
      ['1977-05-18', '1977-05-20'],
      ['1978-07-12', '1978-07-13'],
      ['1978-12-21', '1978-12-23'],
      ['1982-01-26', undefined],
    ]);
  });

  it('the later Haig–Gromyko talks leave the plain names to the first meeting, which owns them', () => {
    const later = ev('1982-06-18-haig-gromyko-new-york');
    expect(later.sharedAliases).toBeUndefined();
    expect(ev('1981-09-23-haig-gromyko-new-york').aliases.en).toContain('Haig-Gromyko meeting');
  });

  it('the February 2022 Blinken–Lavrov calls are named by their day; the plain name stays with the July call that owns it', () => {
    for (const id of ['2022-02-01-blinken-lavrov-call', '2022-02-12-blinken-lavrov-call', '2022-02-15-blinken-lavrov-call']) {
      const e = ev(id);
      expect(e.aliases.en.join(' '), id).toMatch(/February 2022/);
      expect(e.sources.some((s) => s.date !== undefined && s.date >= e.start.slice(0, 7)), id).toBe(true);
    }
    expect(ev('2022-07-29-blinken-lavrov-call').aliases.en).toContain('Blinken-Lavrov call');
  });
});

describe('the Cold War contacts added in December 2026 (1945–1985)', () => {
  const byId = new Map(BUNDLED_EVENTS.map((e) => [e.id, e]));
  it.each([
    ['1945-04-22-truman-molotov-white-house', 'ministerial', '1945-04-22', '1945-04-23', 'Washington'],
    ['1946-07-29-paris-peace-conference', 'related', '1946-07-29', '1946-10-15', 'Paris'],
    ['1948-08-02-stalin-western-envoys-berlin', 'envoy', '1948-08-02', undefined, 'Moscow'],
    ['1949-02-15-jessup-malik-talks', 'envoy', '1949-02-15', '1949-05-04', 'New York'],
    ['1951-05-31-kennan-malik-talks', 'envoy', '1951-05-31', '1951-06-05', undefined],
    ['1954-04-26-geneva-conference-korea-indochina', 'ministerial', '1954-04-26', '1954-07-21', 'Geneva'],
    ['1958-10-31-geneva-test-ban-conference', 'working-level', '1958-10-31', undefined, 'Geneva'],
    ['1981-11-30-inf-talks-open-geneva', 'working-level', '1981-11-30', '1983-11-23', 'Geneva'],
    ['1982-06-29-start-talks-open-geneva', 'working-level', '1982-06-29', '1983-12-08', 'Geneva'],
    ['1982-11-15-bush-shultz-andropov-kremlin', 'envoy', '1982-11-15', undefined, 'Moscow'],
    ['1985-03-13-bush-shultz-gorbachev-kremlin', 'envoy', '1985-03-13', undefined, 'Moscow'],
    ['1985-11-04-shultz-moscow-presummit', 'ministerial', '1985-11-04', '1985-11-05', 'Moscow'],
  ] as const)('%s: %s from %s to %s in %s, named in three languages, cited to a record of the talks', (id, kind, start, end, city) => {
    const e = byId.get(id);
    if (!e) throw new Error(`no event ${id}`);
    expect([e.kind, e.status, e.start, e.end, e.place.city]).toEqual([kind, 'held', start, end, city]);
    expect(e.aliases.en.length * e.aliases.ru.length * (e.aliases.uk?.length ?? 0)).toBeGreaterThan(0);
    expect(e.sources.length).toBeGreaterThan(0);
  });
});

describe('the visit Eisenhower never made', () => {
  it('Eisenhower\'s visit to the Soviet Union is a cancelled event dated to the year only, and does not move the dataset\'s reach', () => {
    const e = BUNDLED_EVENTS.find((x) => x.id === '1960-eisenhower-visit-ussr-cancelled');
    if (!e) throw new Error('no event 1960-eisenhower-visit-ussr-cancelled');
    expect([e.kind, e.status, e.start, e.end]).toEqual(['summit', 'cancelled', '1960', undefined]);
    expect(e.sources.some((s) => s.url.endsWith('/frus1958-60v09/d168'))).toBe(true);
    expect(e.sources.some((s) => s.date === '1960-05-16')).toBe(true);
    expect(e.sourceNote).toMatch(/No exact dates/);
    expect(datasetReach([e])).toBeNull();
    expect(e.aliases.en.length * e.aliases.ru.length * (e.aliases.uk?.length ?? 0)).toBeGreaterThan(0);
  });
});

describe('negotiations held in rounds carry their whole span', () => {
  const byId = new Map(BUNDLED_EVENTS.map((e) => [e.id, e]));
  it.each([
    ['1981-11-30-inf-talks-open-geneva', '1981-11-30', '1983-11-23', ['Paul Nitze', 'Yuli Kvitsinsky']],
    ['1982-06-29-start-talks-open-geneva', '1982-06-29', '1983-12-08', ['Edward Rowny', 'Viktor Karpov']],
  ] as const)('%s runs from its opening (%s) to the day the Soviet side broke it off (%s), led by its delegations\' heads', (id, start, end, heads) => {
    const e = byId.get(id);
    if (!e) throw new Error(`no event ${id}`);
    expect([e.start, e.end]).toEqual([start, end]);
    expect(e.participants.map((p) => p.name)).toEqual([...heads]);
    expect(e.sources.some((s) => s.date === end)).toBe(true);
  });
});

describe('the Nuclear and Space Talks run from their opening to the START signing', () => {
  it('1985-03-12-nuclear-and-space-talks-open spans 12 March 1985 to 31 July 1991, cited to the delegation\'s last cables', () => {
    const e = BUNDLED_EVENTS.find((x) => x.id === '1985-03-12-nuclear-and-space-talks-open');
    if (!e) throw new Error('no event 1985-03-12-nuclear-and-space-talks-open');
    expect([e.start, e.end, e.place.city]).toEqual(['1985-03-12', '1991-07-31', 'Geneva']);
    expect(e.sources.some((s) => s.url.endsWith('/frus1989-92v31/d244'))).toBe(true);
  });
});
