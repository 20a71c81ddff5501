import { useCallback, useMemo, useState } from 'react';

/**
 * The clients chosen in a table page. Only ids on the page count, so moving to another page or
 * filter leaves no hidden choices behind.
 */
export function useCaseloadSelection(clientIds: readonly string[]) {
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const selected = useMemo(() => chosen.filter((id) => clientIds.includes(id)), [chosen, clientIds]);
  const toggle = useCallback((id: string, on: boolean) => {
    setChosen((current) => (on ? [...current.filter((candidate) => candidate !== id), id] : current.filter((candidate) => candidate !== id)));
  }, []);
  const setAll = useCallback((on: boolean) => { setChosen(on ? [...clientIds] : []); }, [clientIds]);
  const all = clientIds.length > 0 && clientIds.every((id) => selected.includes(id));
  return { selected, toggle, setAll, all, some: selected.length > 0 && !all };
}
