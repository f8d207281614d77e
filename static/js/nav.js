/* The header: the menu toggle on a phone, and the oversight drop-down closing on an outside click.
   Period forms: the period's number is hidden for a year (it has none) and bounded by the kind. */
(function () {
  "use strict";
  var bar = document.getElementById("topbar");
  var toggle = document.getElementById("navtoggle");
  if (bar) bar.classList.add("js");
  if (toggle && bar) {
    toggle.addEventListener("click", function () {
      var open = bar.classList.toggle("open");
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
    });
  }
  document.addEventListener("click", function (event) {
    document.querySelectorAll("details.navmenu[open]").forEach(function (menu) {
      if (!menu.contains(event.target)) menu.removeAttribute("open");
    });
  });
  document.querySelectorAll("select[data-period-kind]").forEach(function (kind) {
    var number = kind.form && kind.form.querySelector("input[data-period-number]");
    if (!number) return;
    var label = number.closest("label") || number;
    var max = JSON.parse(number.getAttribute("data-period-max") || "{}");
    function sync() {
      var isYear = kind.value === "year";
      label.style.display = isYear ? "none" : "";
      number.disabled = isYear;
      if (!isYear && max[kind.value]) {
        number.max = max[kind.value];
        if (Number(number.value) > max[kind.value]) number.value = 1;
      }
    }
    kind.addEventListener("change", sync);
    sync();
  });
})();
