import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/styles/tokens.css';
import '../ui/styles/base.css';
import './client.css';
import { ClientApp } from './ClientApp';
import { initClientI18n } from './client-i18n';
import { registerServiceWorker } from './register-service-worker';

initClientI18n();
registerServiceWorker();

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});

const root = document.getElementById('root');
if (root === null) throw new Error('The page has no #root element');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <ClientApp />
    </QueryClientProvider>
  </StrictMode>,
);
