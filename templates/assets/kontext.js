// Kontext: optional enhancements. Everything on the page can be read without this script.
(function () {
  "use strict";

  // The language switch keeps the reader's place: it carries the id of the section, event or
  // paragraph the reader was at into the other language, where the ids are the same. The place is
  // where the reader scrolled to or followed a link to; scrolling caused by moving the keyboard
  // focus (to reach the switch itself) does not move it.
  var place = location.hash ? decodeURIComponent(location.hash.slice(1)) : "";
  var lastFocus = 0;
  function placeInView() {
    var candidates = document.querySelectorAll("main section[id], main li.event[id], main [id^='article-']");
    var best = "";
    for (var i = 0; i < candidates.length; i++) {
      if (candidates[i].getBoundingClientRect().top <= 80) { best = candidates[i].id; } else { break; }
    }
    return best;
  }
  document.addEventListener("focusin", function () { lastFocus = Date.now(); });
  window.addEventListener("hashchange", function () { place = decodeURIComponent(location.hash.slice(1)); });
  window.addEventListener("scroll", function () {
    var active = document.activeElement;
    var onSwitch = active && active.closest && active.closest(".masthead");
    if (!onSwitch && Date.now() - lastFocus > 600) { place = placeInView(); }
  }, { passive: true });
  document.querySelectorAll("a[data-keep-place]").forEach(function (a) {
    a.addEventListener("click", function () {
      a.href = a.href.split("#")[0] + (place ? "#" + encodeURIComponent(place) : "");
    });
  });

  // Copy buttons for embed codes: shown only when the script runs (without it, select the code).
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    var code = document.getElementById(button.getAttribute("data-copy"));
    var status = button.parentNode.querySelector(".copied");
    if (!code || !navigator.clipboard) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(code.textContent).then(function () {
        if (status) { status.textContent = button.getAttribute("data-copied"); }
      });
    });
  });

  // Timeline filter: buttons with aria-pressed; without the script every event shows.
  var filter = document.querySelector("[data-timeline-filter]");
  if (filter) {
    var buttons = filter.querySelectorAll("button[data-category]");
    var events = document.querySelectorAll(".timeline li.event");
    var years = document.querySelectorAll(".timeline li.year");
    filter.hidden = false;
    buttons.forEach(function (button) {
      button.addEventListener("click", function () {
        var category = button.getAttribute("data-category");
        buttons.forEach(function (b) { b.setAttribute("aria-pressed", String(b === button)); });
        events.forEach(function (e) {
          e.hidden = category !== "" && e.getAttribute("data-category") !== category;
        });
        years.forEach(function (y) {
          y.hidden = y.querySelectorAll("li.event:not([hidden])").length === 0;
        });
      });
    });
  }
})();
