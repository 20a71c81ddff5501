/**
 * Registers the app shell's service worker, in production builds only (the development server
 * has no /app/sw.js). A failure only means the app does not work offline.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/app/sw.js', { scope: '/app/' }).catch((error: unknown) => {
      console.warn('Service worker registration failed', error);
    });
  });
}
