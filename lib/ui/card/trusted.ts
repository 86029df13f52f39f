/**
 * Only the reader drives Parley. A page's script can dispatch any event it likes (a synthetic
 * Alt+Shift+N, a click at a mark, a mousemove, a focusin); the browser marks those `isTrusted:
 * false`. Every input handler of the content script and the card goes through `trustedOnly`, so a
 * forged event opens nothing, moves nothing and pins nothing.
 *
 * (Events a content script dispatches itself are untrusted as well; Parley dispatches none.)
 */
export type TrustCheck = (e: Event) => boolean;

export const isTrustedEvent: TrustCheck = (e) => e.isTrusted === true;

export function trustedOnly<E extends Event>(handler: (e: E) => void, check: TrustCheck = isTrustedEvent): (e: E) => void {
  return (e) => {
    if (check(e)) handler(e);
  };
}
