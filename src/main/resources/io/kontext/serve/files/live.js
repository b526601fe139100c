// Kontext preview: reloads the page when the site has been rebuilt (or failed to build). Added
// to pages by `kontext serve` as it sends them; never part of a build.
(function () {
  'use strict';
  var me = document.currentScript;
  var shown = me ? new URL(me.src).searchParams.get('v') : '';
  try {
    if (window.top !== window && window.top.location.origin === window.location.origin) {
      return; // the page around this frame listens, and reloads its frames with it
    }
  } catch (e) {
    // framed by another origin: listen here
  }
  // the page's address tells the server what to rebuild first after an edit
  var events = new EventSource('/__kontext/events?page=' + encodeURIComponent(window.location.pathname));
  events.addEventListener('build', function (e) {
    if (e.data !== shown) {
      events.close();
      window.location.reload();
    }
  });
})();
