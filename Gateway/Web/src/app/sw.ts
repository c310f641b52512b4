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
  // The kept page and files first, network or not: on a weak signal a request to the network can
  // hang for long, and the kept page names exactly the kept files. A new build is a new service
  // worker (the browser checks sw.js on each visit), which keeps the new shell and takes over.
  const kept = event.request.mode === "navigate" ? page : shell.has(url.pathname) ? url.pathname : undefined;
  if (kept !== undefined) event.respondWith(caches.match(kept).then(answer => answer ?? fetch(event.request)));
});
