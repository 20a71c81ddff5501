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
 * every other request (the API in particular) alone. It shows push notifications (payload
 * JSON `{ title, body, url, tag }`) and opens their `url` (within the app) when tapped.
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

/** Only a place inside the app is opened from a notification. */
function appUrl(value) {
  try {
    const url = new URL(typeof value === 'string' ? value : SCOPE, self.location.origin);
    return url.origin === self.location.origin && url.pathname.startsWith(SCOPE) ? url.href : new URL(SCOPE, self.location.origin).href;
  } catch {
    return new URL(SCOPE, self.location.origin).href;
  }
}

self.addEventListener('push', (event) => {
  let message = {};
  try {
    message = event.data ? event.data.json() : {};
  } catch {
    message = { body: event.data ? event.data.text() : '' };
  }
  const title = typeof message.title === 'string' && message.title !== '' ? message.title : 'Koers';
  event.waitUntil(
    self.registration.showNotification(title, {
      body: typeof message.body === 'string' ? message.body : '',
      tag: typeof message.tag === 'string' ? message.tag : undefined,
      icon: SCOPE + 'icons/icon-192.png',
      badge: SCOPE + 'icons/icon-192.png',
      data: { url: appUrl(message.url) },
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const target = appUrl(event.notification.data && event.notification.data.url);
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      const open = windows.find((client) => client.url.startsWith(new URL(SCOPE, self.location.origin).href));
      if (open) return open.navigate(target).then((client) => (client || open).focus()).catch(() => self.clients.openWindow(target));
      return self.clients.openWindow(target);
    }),
  );
});
`;
}
