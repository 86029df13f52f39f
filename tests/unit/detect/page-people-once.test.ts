// A short undated page that names each side's few people once ("for Russia, Lavrov and Ushakov;
// for the US, Rubio, Waltz and Witkoff") is about a meeting of those people: its mentions that
// name nobody ("talks between the delegations in Riyadh") lean to the meeting they attended, not
// to another round at the same place. (Passages in our own words.)
import { describe, expect, it } from 'vitest';
import { bundledMatcher } from './bundled';
import { createDocumentState, detect } from '../../../lib/detect';

const PAGE =
  'В Эр-Рияде начались переговоры делегаций России и США\n\n' +
  'Российскую делегацию представляют министр иностранных дел Сергей Лавров и помощник президента Юрий Ушаков. ' +
  'Американскую — госсекретарь Марко Рубио, советник по нацбезопасности Майк Уолтц и спецпосланник Стив Уиткофф.';

describe('the people an undated page names once each', () => {
  it('say which of two meetings at one place its unnamed mentions are', () => {
    const marks = detect(PAGE, bundledMatcher, createDocumentState({})).filter((m) => m.status === 'known' || m.status === 'unknown');
    expect(marks).toHaveLength(1);
    for (const m of marks) expect(m.eventId).toBe('2025-riyadh-talks');
  });
});
