import { useQuery } from '@tanstack/react-query';
import { getContactCard } from '../../endpoints/self-service';
import { staffDataKey } from '../session/session-query';

export const contactCardKey = (userId: string) => [...staffDataKey, 'contact-card', userId] as const;

export function useContactCardQuery(userId: string) {
  return useQuery({ queryKey: contactCardKey(userId), queryFn: () => getContactCard(userId) });
}
