/** The client page, and its interventions section, from the caseload. */
export const clientHref = (clientId: string): string => `/clients/${encodeURIComponent(clientId)}`;
export const interventionsHref = (clientId: string): string => `${clientHref(clientId)}#client-interventions`;
