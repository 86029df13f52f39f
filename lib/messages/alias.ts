/**
 * The words of a mention as the name of a meeting the reader adds ("the Ankara talks" → "Ankara
 * talks"). A module of its own so the page engine can use it without the event validation (and
 * valibot) that lib/messages/new-event.ts brings along for the background.
 */

/** 'the Ankara talks' → 'Ankara talks'; trims quotes and punctuation a selection drags along. */
export function aliasFromQuote(quote: string): string {
  return quote
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[«“”"'‘’(]+|[»“”"'‘’),.;:!?]+$/g, '')
    .replace(/^(?:the|a|an)\s+/i, '')
    .trim();
}
