/**
 * The message namespaces the client app bundles (client-messages.ts holds them). The staff
 * app's own namespaces stay out of the client's JavaScript, which phones load over slow
 * connections. A client screen that needs another namespace adds it here and in
 * client-messages.ts; a test fails when the client app's code uses one that is missing.
 */
export const clientNamespaces = ['app', 'ui', 'language', 'common', 'problems', 'fieldErrors', 'client', 'clientApp', 'clientRecord', 'clientSelfService', 'clientChat'] as const;

export type ClientNamespace = (typeof clientNamespaces)[number];
