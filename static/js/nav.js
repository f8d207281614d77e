/* The header: the menu toggle on a phone, and the oversight drop-down closing on an outside click. */
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
})();
