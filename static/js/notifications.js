/* Live notifications: the bell's count, toasts, and state badges, over /ws/notifications/.
   Reconnects with exponential backoff and resumes from the last notification id seen,
   so nothing is missed across a dropped connection. Protocol: docs/architecture.md. */
(function () {
  "use strict";
  var bell = document.getElementById("notif-bell");
  if (!bell || !window.WebSocket) return;
  var countEl = bell.querySelector(".bell-count");
  var toasts = document.getElementById("toasts");
  var lastId = parseInt(bell.dataset.lastId || "0", 10);
  var seen = {};
  var delay = 1000;
  var MAX_DELAY = 30000;
  var socket = null;
  var pingTimer = null;

  function setCount(n) {
    countEl.textContent = String(n);
    bell.dataset.unread = String(n);
    bell.classList.toggle("has-unread", n > 0);
  }

  function toast(n) {
    if (!toasts) return;
    var box = document.createElement("div");
    box.className = "toast";
    box.dataset.notificationId = String(n.id);
    var title = document.createElement("strong");
    title.textContent = bell.dataset.labelNew + " ";
    var link = document.createElement("a");
    link.href = "/notifications/" + n.id + "/open/";
    link.textContent = n.message;
    box.appendChild(title);
    box.appendChild(link);
    toasts.appendChild(box);
    while (toasts.children.length > 4) toasts.removeChild(toasts.firstChild);
    setTimeout(function () { if (box.parentNode) box.parentNode.removeChild(box); }, 10000);
  }

  function received(n) {
    if (seen[n.id]) return; // a row committed while joining may arrive twice
    seen[n.id] = true;
    if (n.id > lastId) lastId = n.id;
    if (!n.read) toast(n);
  }

  function itemState(msg) {
    var badges = document.querySelectorAll('[data-item-state="' + msg.item_id + '"]');
    for (var i = 0; i < badges.length; i++) {
      badges[i].textContent = msg.label;
      badges[i].className = badges[i].className.replace(/\bstate-[a-z_]+/, "state-" + msg.state);
      badges[i].dataset.state = msg.state;
    }
    var card = document.querySelector('[data-item-id="' + msg.item_id + '"][data-item-version]');
    if (card && String(msg.version) !== card.dataset.itemVersion && !card.querySelector(".stale-note")) {
      var note = document.createElement("p");
      note.className = "msg stale-note";
      note.setAttribute("role", "status");
      note.textContent = bell.dataset.labelStale;
      card.insertBefore(note, card.firstChild);
    }
  }

  function onMessage(event) {
    var msg;
    try { msg = JSON.parse(event.data); } catch (e) { return; }
    if (msg.type === "hello") {
      setCount(msg.unread);
      (msg.notifications || []).slice(-3).forEach(received);
      (msg.notifications || []).forEach(function (n) { seen[n.id] = true; if (n.id > lastId) lastId = n.id; });
      if (msg.last_id > lastId) lastId = msg.last_id;
    } else if (msg.type === "notification") {
      received(msg.notification);
    } else if (msg.type === "unread") {
      setCount(msg.unread);
    } else if (msg.type === "item_state") {
      itemState(msg);
    }
  }

  function connect() {
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    socket = new WebSocket(scheme + location.host + bell.dataset.wsPath + "?last_id=" + lastId);
    socket.onopen = function () {
      delay = 1000;
      bell.classList.remove("offline");
      pingTimer = setInterval(function () {
        if (socket.readyState === 1) socket.send(JSON.stringify({ type: "ping" }));
      }, 25000);
    };
    socket.onmessage = onMessage;
    socket.onclose = function (event) {
      clearInterval(pingTimer);
      bell.classList.add("offline");
      if (event.code === 4401) return; // logged out: reconnecting will not help
      var wait = Math.min(delay, MAX_DELAY) * (0.5 + Math.random() / 2);
      delay = Math.min(delay * 2, MAX_DELAY);
      setTimeout(connect, wait);
    };
  }

  window.dondocNotifications = {
    markRead: function (ids) {
      if (socket && socket.readyState === 1) socket.send(JSON.stringify({ type: "mark_read", ids: ids }));
    },
    lastId: function () { return lastId; },
  };
  connect();
})();
