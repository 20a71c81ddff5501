import { createContext, useContext, type ReactNode } from 'react';
import type { ClientPage } from '../../endpoints/client-types';

export interface ClientRecord {
  clientId: string;
  page: ClientPage;
  /** False for read-only access (a manager outside their teams): recording forms are hidden. */
  canEdit: boolean;
}

const ClientRecordContext = createContext<ClientRecord | null>(null);

export function ClientRecordProvider({ record, children }: { record: ClientRecord; children: ReactNode }) {
  return <ClientRecordContext.Provider value={record}>{children}</ClientRecordContext.Provider>;
}

/** The client record shown on the page; only inside ClientRecordProvider. */
export function useClientRecord(): ClientRecord {
  const record = useContext(ClientRecordContext);
  if (record === null) throw new Error('useClientRecord is used outside ClientRecordProvider');
  return record;
}
