import { useCallback, useState } from 'react';

/**
 * Cursor paging with a way back: the cursors of the pages seen so far. Page 1 has no cursor.
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const next = useCallback((nextCursor: string) => { setCursors((seen) => [...seen, nextCursor]); }, []);
  const previous = useCallback(() => { setCursors((seen) => (seen.length > 1 ? seen.slice(0, -1) : seen)); }, []);
  const reset = useCallback(() => { setCursors([undefined]); }, []);
  return { cursor, page: cursors.length, next, previous, reset };
}
