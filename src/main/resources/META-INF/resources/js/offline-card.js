// Installs the service worker that keeps the offline crisis card (/offline.html) for when there is no signal.
// Registered after load so it never competes with the first paint of the crisis numbers.
(function () {
  'use strict';
  if (!('serviceWorker' in navigator)) { return; }
  window.addEventListener('load', function () {
    navigator.serviceWorker.register('/nwd-sw.js', { scope: '/' }).catch(function () {
      /* no offline card on this browser; the site still works */
    });
  });
}());
