import { useQuery } from '@tanstack/react-query';
import { getRegister } from '../../endpoints/attendance';
import { clientsKey } from '../clients/client-queries';

/** The register holds client data and feeds signals, so it sits under the clients' key. */
export const registerKey = [...clientsKey, 'attendance-register'] as const;

export function useRegisterQuery(day: string, location: string) {
  return useQuery({ queryKey: [...registerKey, day, location], queryFn: () => getRegister(day, location) });
}
