export interface ServiceWorkerSourceOptions {
  version: string;
  shellUrls: readonly string[];
  scope: string;
}

/**
 * The source of the installable app's service worker.
 *
 * It precaches the app shell on install, serves the shell's files from the cache, answers
 * navigations from the network and falls back to the cached shell when offline, and leaves
 * every other request (the API in particular) alone.
 */
export function serviceWorkerSource({ version, shellUrls, scope }: ServiceWorkerSourceOptions): string {
  return `// Koers app shell service worker, generated at build time.
const CACHE_PREFIX = 'koers-app-shell-';
const CACHE_NAME = CACHE_PREFIX + ${JSON.stringify(version)};
const SCOPE = ${JSON.stringify(scope)};
const SHELL_URLS = ${JSON.stringify(shellUrls, null, 2)};

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE_NAME)
      .then((cache) => cache.addAll(SHELL_URLS))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(
        names
          .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME)
          .map((name) => caches.delete(name)),
      ))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;

  if (request.mode === 'navigate') {
    if (!url.pathname.startsWith(SCOPE)) return;
    event.respondWith(
      fetch(request).catch(() =>
        caches.open(CACHE_NAME).then((cache) => cache.match(SCOPE)).then((cached) => cached || Response.error()),
      ),
    );
    return;
  }

  if (SHELL_URLS.includes(url.pathname)) {
    event.respondWith(
      caches.open(CACHE_NAME)
        .then((cache) => cache.match(url.pathname))
        .then((cached) => cached || fetch(request)),
    );
  }
});
`;
}
