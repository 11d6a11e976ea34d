// The service worker: keeps the app's own files so the user view opens without a network (the page then
// shows the last plan it saw, kept in localStorage). The API is never cached here: a report made offline
// waits in the page's outbox (app/outbox.js) and is sent with its Idempotency-Key when the network is back.
// At the site's root so that its scope covers "/".

const CACHE = 'tailor-shell-v1';
const SHELL = ['/', '/app/app.css', '/app/user.js', '/app/api.js', '/app/plan.js', '/app/phase.js', '/app/week.js',
  '/app/charts.js', '/app/signin.js', '/app/settings.js', '/app/onboarding.js', '/app/learned.js', '/app/styles.js',
  '/app/outbox.js', '/app/manifest.webmanifest', '/app/icon.svg', '/webjars/chart.js/dist/chart.umd.min.js'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
    .then(() => self.clients.claim()));
});

// the app's files: the network first (always the newest), the cache when there is none
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  const shell = event.request.method === 'GET' && url.origin === self.location.origin
    && (url.pathname === '/' || url.pathname.startsWith('/app/') || url.pathname.startsWith('/webjars/'));
  if (!shell) return;
  event.respondWith(fetch(event.request)
    .then((response) => {
      const copy = response.clone();
      if (response.ok) caches.open(CACHE).then((cache) => cache.put(url.pathname === '/' ? '/' : event.request, copy));
      return response;
    })
    .catch(() => caches.match(url.pathname === '/' ? '/' : event.request, { ignoreSearch: true })));
});
