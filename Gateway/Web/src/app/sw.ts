/// <reference lib="webworker" />
// The worker app's service worker (scope /app/): keeps the app shell, the built files of the /app
// page, so the app opens without a network. It never answers for /api/ or /hubs/: no case, no
// register entry, no token ever lands in Cache Storage.
/** Written into the built file by build/appShell.ts: the shell's files and a version that changes with them. */
declare const __APP_SHELL__: { version: string; files: string[] };

const worker = self as unknown as ServiceWorkerGlobalScope;
const page = "/app/";
const cacheName = `gridactors-app-${__APP_SHELL__.version}`;
const shell = new Set(__APP_SHELL__.files);

worker.addEventListener("install", event => {
  event.waitUntil(caches.open(cacheName).then(cache => cache.addAll([...shell])).then(() => worker.skipWaiting()));
});

worker.addEventListener("activate", event => {
  event.waitUntil((async () => {
    for (const name of await caches.keys())
      if (name.startsWith("gridactors-app-") && name !== cacheName) await caches.delete(name);
    await worker.clients.claim();
  })());
});

worker.addEventListener("fetch", event => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== worker.location.origin) return;
  if (event.request.mode === "navigate") {
    // The page from the network when there is one (it names the newest files), else the kept one.
    event.respondWith(fetch(event.request).catch(() => caches.match(page).then(kept => kept ?? Response.error())));
    return;
  }
  if (shell.has(url.pathname))
    event.respondWith(caches.match(url.pathname).then(kept => kept ?? fetch(event.request)));
});
