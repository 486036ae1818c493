// newsmodel inspection page: optional interaction; the page reads fine without it.
(function () {
  "use strict";
  // Hovering a quote lights up its entry in the list, and the other way round.
  function light(index, on) {
    document.querySelectorAll('[data-quote="' + index + '"]').forEach(function (el) {
      el.classList.toggle("hl", on);
    });
  }
  document.querySelectorAll("[data-quote]").forEach(function (el) {
    el.addEventListener("mouseenter", function () { light(el.dataset.quote, true); });
    el.addEventListener("mouseleave", function () { light(el.dataset.quote, false); });
  });
  // A role in the legend, clicked, fades every block of another role; clicked again, undoes it.
  var buttons = document.querySelectorAll(".legend button[data-role]");
  buttons.forEach(function (button) {
    button.addEventListener("click", function () {
      var on = button.getAttribute("aria-pressed") !== "true";
      buttons.forEach(function (b) { b.setAttribute("aria-pressed", "false"); });
      button.setAttribute("aria-pressed", on ? "true" : "false");
      document.querySelectorAll(".block").forEach(function (block) {
        block.classList.toggle("dim", on && block.dataset.role !== button.dataset.role);
      });
    });
  });
}());
