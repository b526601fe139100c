// Kontext embed pages: report the content's height to the host page whenever it changes, in the
// messages hosts already understand: Kontext's own, pym.js's and AMP's. The messages carry only a
// number; the Kontext loader on the host checks their origin and window before it uses them.
(function () {
  "use strict";
  if (window.parent === window) { return; }
  var query = new URLSearchParams(location.search);
  var pymId = query.get("childId");
  // the host's origin when the Kontext loader made the frame; otherwise any host may listen
  var target = query.get("kontextOrigin") || "*";
  if (target === "null") { target = "*"; }
  var last = -1;
  function send() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) { return; }
    last = height;
    parent.postMessage({ type: "kontext:height", v: 1, id: location.pathname, height: height }, target);
    parent.postMessage({ sentinel: "amp", type: "embed-size", height: height }, target);
    if (pymId) { parent.postMessage("pymxPYMx" + pymId + "xPYMxheightxPYMx" + height, target); }
  }
  // a loader that starts after the first report asks for it again
  window.addEventListener("message", function (event) {
    if (event.source === parent && event.data && event.data.type === "kontext:ask") { last = -1; send(); }
  });
  if (window.ResizeObserver) { new ResizeObserver(send).observe(document.documentElement); }
  window.addEventListener("load", send);
  send();
})();
