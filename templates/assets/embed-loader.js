// Kontext embed loader, for host pages. Markup:
//   <div data-kontext-embed="https://.../embed/en/timeline/" data-kontext-title="Timeline"></div>
// or the copy-paste snippet, whose iframe already works without this script. The loader makes
// (or adopts) the iframe, lazy and titled, and sizes it to its content; once the frame has spoken,
// the quote that stands in for it (for hosts that show no frame) is hidden. It trusts a height
// message only when it comes from the iframe's own window and exact origin. Sizes are set inline
// and !important, so that no rule of the host's stylesheet (iframe{height:100%}, borders, aspect
// ratios) undoes them.
(function () {
  "use strict";
  var MIN = 40, MAX = 30000;
  var frames = [];
  function adopt(box) {
    if (box.getAttribute("data-kontext-ready")) { return; }
    var iframe = box.querySelector("iframe");
    var src;
    try { src = new URL(box.getAttribute("data-kontext-embed") || (iframe && iframe.src), document.baseURI); }
    catch (e) { return; }
    if (src.protocol !== "https:" && src.protocol !== "http:") { return; }
    if (!iframe) {
      if (location.origin !== "null") { src.searchParams.set("kontextOrigin", location.origin); }
      iframe = document.createElement("iframe");
      iframe.src = src.href;
      iframe.title = box.getAttribute("data-kontext-title") || "";
      iframe.setAttribute("loading", "lazy");
      var start = Math.max(MIN, Math.min(MAX, parseInt(box.getAttribute("data-kontext-height"), 10) || 600));
      iframe.setAttribute("height", String(start));
      var style = { display: "block", width: "100%", "max-width": "100%", height: start + "px",
        "min-height": "0", "max-height": "none", "aspect-ratio": "auto", border: "0", margin: "0", padding: "0" };
      for (var name in style) { iframe.style.setProperty(name, style[name], "important"); }
      box.insertBefore(iframe, box.firstChild);
    }
    box.setAttribute("data-kontext-ready", "1");
    frames.push({ iframe: iframe, origin: src.origin, quote: box.querySelector(".kontext-embed-fallback") });
    // The request holds nothing, so it may go to whatever the frame shows now: before the embed
    // has loaded that is a blank page of this host's origin, which a target of src.origin would
    // make the browser warn about.
    var ask = function () {
      if (iframe.contentWindow) { iframe.contentWindow.postMessage({ type: "kontext:ask", v: 1 }, "*"); }
    };
    iframe.addEventListener("load", ask);
    ask();
  }
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== "kontext:height" || data.v !== 1) { return; }
    var height = Number(data.height);
    if (!isFinite(height)) { return; }
    height = Math.max(MIN, Math.min(MAX, Math.round(height)));
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (event.source === f.iframe.contentWindow && event.origin === f.origin) {
        f.iframe.style.setProperty("height", height + "px", "important");
        f.iframe.setAttribute("scrolling", "no");
        if (f.quote) { f.quote.style.setProperty("display", "none", "important"); }
      }
    }
  });
  function scan() {
    var boxes = document.querySelectorAll("[data-kontext-embed]");
    for (var i = 0; i < boxes.length; i++) { adopt(boxes[i]); }
  }
  scan();
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", scan); }
})();
