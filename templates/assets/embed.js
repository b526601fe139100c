// Kontext embed pages. Loaded first in <head>, so it picks the colour scheme before anything is
// drawn. In a frame, it then
// - reports the content's height whenever it changes, in the messages hosts already understand:
//   WordPress's own resizer (wp-embed), the Kontext loader's, pym.js's and AMP's. The messages
//   carry only a number; the Kontext loader checks their origin and window before it uses them;
// - folds the content to what fits when the frame is shorter than the content (a host that caps
//   heights, as WordPress does at 1000 px, or a code whose script was stripped): a list shows its
//   latest items and says how many there are, with a link to them all; a single item is cut short
//   with a link to the rest. It always reports the whole height, so a host that can grow the frame
//   gets everything;
// - in WordPress's sandboxed frames, where links cannot open anything, asks WordPress to open
//   them in the reader's window.
(function () {
  "use strict";
  var root = document.documentElement;
  var query = new URLSearchParams(location.search);
  var framed = window.parent !== window;

  // Inside a frame the embed is light, unless the host asks for "dark" or "auto" (the reader's
  // preference, as outside a frame).
  var theme = query.get("theme");
  if (theme !== "light" && theme !== "dark" && theme !== "auto") { theme = framed ? "light" : "auto"; }
  if (theme !== "auto") {
    root.setAttribute("data-theme", theme);
    var scheme = document.querySelector("meta[name='color-scheme']");
    if (scheme) { scheme.setAttribute("content", theme); }
  }
  if (!framed) { return; }

  // WordPress adds "#?secret=…" to the frame's address and trusts only messages that carry it.
  var secret = (/[#?&]secret=([A-Za-z0-9]{1,64})/.exec(location.hash) || [])[1] || "";
  var pymId = query.get("childId");
  // the host's origin when the Kontext loader made the frame; otherwise any host may listen
  var target = query.get("kontextOrigin") || "*";
  if (target === "null") { target = "*"; }

  var last = -1;
  function report(height, again) {
    if (height === last && !again) { return; }
    last = height;
    if (secret) { parent.postMessage({ message: "height", value: height, secret: secret }, "*"); }
    parent.postMessage({ type: "kontext:height", v: 1, id: location.pathname, height: height }, target);
    parent.postMessage({ sentinel: "amp", type: "embed-size", height: height }, target);
    if (pymId) { parent.postMessage("pymxPYMx" + pymId + "xPYMxheightxPYMx" + height, target); }
  }

  function height() { return Math.ceil(root.getBoundingClientRect().height); }

  var notice, more, fromTheEnd, list = [];
  function visible(item) { return !item.hidden && !item.classList.contains("is-folded"); }

  function unfold() {
    var folded = document.querySelectorAll(".is-folded");
    for (var i = 0; i < folded.length; i++) { folded[i].classList.remove("is-folded"); }
    root.classList.remove("kontext-cut", "kontext-condensed", "kontext-snug");
    if (notice) { notice.hidden = true; }
    if (more) { more.hidden = true; }
  }

  // Folds what does not fit in `room` pixels: first the explanations and downloads (the explainer
  // has them too); then items of a list (the oldest events, or the last figures), keeping one. If
  // fewer than five would be left, the list is condensed first (the dates and linked titles of
  // events, the values and labels of figures), and if fewer than three, the timeline filter folds
  // too. A page still too tall is cut short above a link to the rest.
  function fold(room) {
    var extras = document.querySelectorAll(".legend");
    for (var x = 0; x < extras.length; x++) { extras[x].classList.add("is-folded"); }
    var shown = list.filter(function (item) { return !item.hidden; });
    if (notice && shown.length > 1 && height() > room) {
      var filter = document.querySelector("[data-timeline-filter]");
      if (foldItems(shown, room) < Math.min(5, shown.length)) {
        root.classList.add("kontext-condensed");
        if (foldItems(shown, room) < Math.min(3, shown.length) && filter) {
          filter.classList.add("is-folded");
          foldItems(shown, room);
        }
      }
    }
    if (height() > room && more) {
      root.classList.add("kontext-cut");
      more.hidden = false;
    }
  }

  // Folds items of the list until the page fits or one is left; returns how many are shown.
  function foldItems(shown, room) {
    var order = fromTheEnd ? shown.slice().reverse() : shown;
    var n = 0;
    var years = document.querySelectorAll(".timeline li.year");
    shown.forEach(function (item) { item.classList.remove("is-folded"); });
    for (var y = 0; y < years.length; y++) { years[y].classList.remove("is-folded"); }
    var count = function () {
      notice.firstElementChild.textContent = notice.getAttribute("data-kontext-compact")
        .replace("{shown}", String(shown.length - n)).replace("{total}", String(shown.length));
    };
    notice.hidden = false;
    count();
    while (n < order.length - 1 && height() > room) {
      order[n].classList.add("is-folded");
      n++;
      for (y = 0; y < years.length; y++) {
        var events = years[y].querySelectorAll("li.event");
        var any = false;
        for (var e = 0; e < events.length; e++) { if (visible(events[e])) { any = true; } }
        years[y].classList.toggle("is-folded", !any);
      }
      count();
    }
    if (n === 0) { notice.hidden = true; }
    return shown.length - n;
  }

  var SLACK = 8;
  var busy = false;
  function layout(again) {
    if (busy || !document.body) { return; }
    busy = true;
    unfold();
    var whole = height();
    report(whole, again);
    var room = window.innerHeight;
    // a frame not laid out yet (hidden, or not in the page) has no room to fit into; a few pixels
    // short (a host rounding the height) only clip the page's bottom margin
    if (room >= 120 && whole > room + SLACK) {
      fold(room);
    } else if (whole > room) {
      root.classList.add("kontext-snug");
    }
    busy = false;
  }
  var pending = false;
  function later() {
    // not in a ResizeObserver callback (a size changed there is an error), nor in an animation
    // frame (not given to frames the host keeps out of sight, as WordPress does at first)
    if (!pending) { pending = true; setTimeout(function () { pending = false; layout(false); }, 0); }
  }

  window.addEventListener("message", function (event) {
    if (event.source !== parent || !event.data || typeof event.data !== "object") { return; }
    // the Kontext loader, or WordPress's resizer, started after the first report
    if (event.data.type === "kontext:ask" || (secret && event.data.message === "ready" && event.data.secret === secret)) {
      layout(true);
    }
  });

  // WordPress's sandboxed frame may not open links itself: WordPress opens them in the reader's
  // window when they lead to this site. Links elsewhere go through the explainer, which has them.
  document.addEventListener("click", function (event) {
    if (!secret || event.defaultPrevented || event.button !== 0) { return; }
    var link = event.target.closest ? event.target.closest("a[href]") : null;
    if (!link) { return; }
    var url = new URL(link.href, location.href);
    if (url.host !== location.host) {
      var canonical = document.querySelector("link[rel='canonical']");
      if (!canonical) { return; }
      url = new URL(canonical.href);
    }
    event.preventDefault();
    parent.postMessage({ message: "link", value: url.href, secret: secret }, "*");
  });
  // the timeline filter shows other events: fold them anew
  document.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("[data-timeline-filter] button")) { later(); }
  });

  function start() {
    notice = document.querySelector("[data-kontext-compact]");
    more = document.querySelector("[data-kontext-more]");
    fromTheEnd = !document.querySelector(".timeline");
    list = Array.prototype.slice.call(document.querySelectorAll(".timeline li.event, ul.figures > li.figure"));
    layout(true);
    if (window.ResizeObserver) { new ResizeObserver(later).observe(root); }
    window.addEventListener("resize", later);
    window.addEventListener("load", later);
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
