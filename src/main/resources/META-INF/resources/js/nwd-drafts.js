// Form drafts kept in this browser tab (sessionStorage) until the form is sent, so a dropped connection or an expired
// session loses nothing. Keys start with "nwd" so quick exit (quick-exit.js) clears them; closing the tab does too.
(function () {
  'use strict';
  function store() {
    try { return window.sessionStorage; } catch (blocked) { return null; }
  }
  window.nwdDrafts = {
    save: function (key, json) {
      var s = store();
      if (s && key.indexOf('nwd') === 0) { try { s.setItem(key, json); } catch (full) { /* quota: keep going */ } }
    },
    load: function (key) {
      var s = store();
      return s && key.indexOf('nwd') === 0 ? s.getItem(key) : null;
    },
    clear: function (key) {
      var s = store();
      if (s) { s.removeItem(key); }
    }
  };
}());
