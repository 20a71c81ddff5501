/**
 * Performance marks the client app sets while it loads, so that its first load can be measured
 * in a real browser (performance.getEntriesByName; bench/clientFirstLoad.ts does).
 */
export const signInReadyMark = 'koers:sign-in-ready';

/** The sign-in form is on screen and answers input: a client can start. Marked once per page. */
export function markSignInReady(): void {
  if (performance.getEntriesByName(signInReadyMark).length === 0) performance.mark(signInReadyMark);
}
