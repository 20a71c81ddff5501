import { useQuery } from '@tanstack/react-query';
import { getHouseStyle } from '../../endpoints/house-style';
import { staffDataKey } from '../session/session-query';

export const adminHouseStyleKey = [...staffDataKey, 'house-style'] as const;

export function useAdminHouseStyleQuery() {
  return useQuery({ queryKey: adminHouseStyleKey, queryFn: getHouseStyle });
}
