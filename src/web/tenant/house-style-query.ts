import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { getOrganisationHouseStyle } from '../endpoints/organisations';
import type { HouseStyle } from '../endpoints/types';
import { applyTheme } from '../ui/theme';

export function organisationHouseStyleKey(slug: string) {
  return ['house-style', 'organisation', slug] as const;
}

/** The public house style of an organisation; nothing is fetched without a slug. */
export function useOrganisationHouseStyle(slug: string | null) {
  return useQuery({
    queryKey: organisationHouseStyleKey(slug ?? ''),
    queryFn: () => getOrganisationHouseStyle(slug ?? ''),
    enabled: slug !== null && slug !== '',
    staleTime: 5 * 60_000,
  });
}

/** Keeps the page's colours in step with the given house style (the Koers default when absent). */
export function useAppliedTheme(houseStyle: HouseStyle | undefined): void {
  useEffect(() => {
    applyTheme(houseStyle ?? null);
  }, [houseStyle]);
}
