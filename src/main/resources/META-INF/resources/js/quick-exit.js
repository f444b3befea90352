// Quick exit: the "Exit this page" button, links marked data-quick-exit, and Shift pressed three times within
// a second all leave at once. location.replace keeps this page out of the Back history; /exit ends the session.
(function () {
  'use strict';
  var exiting = false;
  function exitNow(event) {
    if (event) { event.preventDefault(); event.stopPropagation(); }
    if (exiting) { return; }
    exiting = true;
    try {
      document.documentElement.style.visibility = 'hidden';
      document.title = 'Weather';
      window.sessionStorage.clear();
      for (var i = window.localStorage.length - 1; i >= 0; i--) {
        var key = window.localStorage.key(i);
        if (key && key.indexOf('nwd') === 0) { window.localStorage.removeItem(key); }
      }
    } catch (ignored) { /* storage may be blocked; leaving matters more */ }
    window.location.replace('/exit');
  }
  window.nwdQuickExit = exitNow;
  document.addEventListener('click', function (event) {
    var target = event.target;
    if (target && target.closest && target.closest('[data-quick-exit]')) { exitNow(event); }
  }, true);
  var presses = [];
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Shift' || event.repeat) { return; }
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < 1000; });
    presses.push(now);
    if (presses.length >= 3) { exitNow(); }
  }, true);
  document.documentElement.lang = 'en-GB';
}());
