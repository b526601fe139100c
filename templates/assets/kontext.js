// Kontext: optional enhancements. Everything on the page can be read without this script.
(function () {
  "use strict";

  // The language switch keeps the reader's place: it carries the id of the section or event
  // nearest above the top of the screen into the other language, where the ids are the same.
  function placeId() {
    var candidates = document.querySelectorAll("main section[id], main li.event[id], main [id^='article-']");
    var best = null;
    for (var i = 0; i < candidates.length; i++) {
      var top = candidates[i].getBoundingClientRect().top;
      if (top <= 80) { best = candidates[i]; } else { break; }
    }
    return best ? best.id : (location.hash ? location.hash.slice(1) : "");
  }
  document.querySelectorAll("a[data-keep-place]").forEach(function (a) {
    a.addEventListener("click", function () {
      var id = placeId();
      if (id) { a.href = a.href.split("#")[0] + "#" + encodeURIComponent(id); }
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
