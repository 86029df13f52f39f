// "Received" is a meeting verb when someone is received: "Putin received Witkoff", "the envoys were
// received in the Kremlin". An active "received" with no object after it ("the proposals that the
// Kremlin had received in four documents") received a thing named before it. (Passages in our own words.)
import { describe, expect, it } from 'vitest';
import { marksOn } from './bundled';

const usru = (text: string, pub: string) => marksOn(text, pub).filter((m) => m.status === 'known' || m.status === 'unknown');

describe('"received"', () => {
  it('with no object after it received a thing, no mark', () => {
    expect(usru('Putin went through the US proposals that the Kremlin had received in four documents.', '2025-12-03')).toEqual([]);
  });
  it('with its visitor after it, or as the passive\'s subject, is a visit', () => {
    expect(usru('Putin received Witkoff in the Kremlin.', '2025-12-03').map((m) => m.eventId)).toEqual(['2025-12-02-witkoff-kushner-putin-moscow']);
    expect(usru('Witkoff was received in the Kremlin on Tuesday.', '2025-12-03').map((m) => m.eventId)).toEqual(['2025-12-02-witkoff-kushner-putin-moscow']);
  });
});
