// Kontext preview: gives each framed mock article the height of its content, and follows it
// (the embed inside sizes itself after loading).
(function () {
  'use strict';
  function fit(frame) {
    var doc;
    try {
      doc = frame.contentDocument;
    } catch (e) {
      return;
    }
    if (!doc || !doc.documentElement) {
      return;
    }
    var size = function () {
      frame.style.height = Math.ceil(doc.documentElement.getBoundingClientRect().height) + 'px';
    };
    size();
    if (window.ResizeObserver) {
      new ResizeObserver(size).observe(doc.documentElement);
    }
  }
  document.querySelectorAll('iframe[data-fit]').forEach(function (frame) {
    frame.addEventListener('load', function () { fit(frame); });
  });
})();
