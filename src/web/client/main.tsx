import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../i18n/i18n';
import '../ui/styles/tokens.css';
import '../ui/styles/base.css';
import './client.css';
import { ClientApp } from './ClientApp';
import { registerServiceWorker } from './register-service-worker';

initI18n();
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
