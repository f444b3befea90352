// No Wrong Door's service worker: keeps the offline crisis card and shows it when a page cannot load.
// Deliberately tiny: it caches nothing else, so it never serves stale directory data.
// Not called sw.js: Vaadin serves its own service worker at that path.
'use strict';
var CACHE = 'nwd-offline-v1';
var OFFLINE_URL = '/offline.html';

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE)
    .then(function (cache) { return cache.add(new Request(OFFLINE_URL, { cache: 'reload' })); })
    .then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys()
    .then(function (keys) {
      return Promise.all(keys.filter(function (key) { return key.indexOf('nwd-') === 0 && key !== CACHE; })
        .map(function (key) { return caches.delete(key); }));
    })
    .then(function () { return self.clients.claim(); }));
});

// The card is written from the crisis lines an admin keeps: while online, fetch it again at most once an hour.
var REFRESH_MS = 60 * 60 * 1000;
var lastRefresh = Date.now();

function refreshCard() {
  if (Date.now() - lastRefresh < REFRESH_MS) { return Promise.resolve(); }
  lastRefresh = Date.now();
  return caches.open(CACHE)
    .then(function (cache) { return cache.add(new Request(OFFLINE_URL, { cache: 'reload' })); })
    .catch(function () { /* offline again: keep the card we have */ });
}

self.addEventListener('fetch', function (event) {
  if (event.request.mode !== 'navigate') { return; }
  event.respondWith(fetch(event.request).then(function (response) {
    event.waitUntil(refreshCard());
    return response;
  }).catch(function () {
    return caches.match(OFFLINE_URL, { ignoreSearch: true });
  }));
});
