// Live updates for the dashboard: the transfer table follows the stream with the page's filters, and the
// pipeline panel is refreshed from its server-rendered fragment.
(function () {
  "use strict";
  var table = document.getElementById("transfer-rows");
  var live = document.getElementById("live");
  var form = document.getElementById("filters");

  function text(s) { return s == null ? "" : String(s); }
  function esc(s) {
    return text(s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }
  function time(iso) { return iso ? iso.replace("T", " ").substring(0, 16) : ""; }

  function render(t) {
    var credibility = Math.round((t.credibility || 0) * 100);
    var from = t.fromClub ? t.fromClub.name : "?";
    return '<td class="player"><a href="/stories/' + encodeURIComponent(t.id) + '">' + esc(t.player.name) + "</a></td>" +
      '<td class="move">' + esc(from) + " &rarr; " + esc(t.toClub.name) + "</td>" +
      '<td class="stage">' + esc(t.stage) + "</td>" +
      '<td class="status"><span class="badge ' + esc(t.status) + '">' + esc(t.status) + "</span></td>" +
      '<td class="cred"><div class="bar"><div class="fill" style="width:' + credibility + '%"></div></div>' +
      '<span class="value">' + credibility + "</span></td>" +
      '<td class="reports">' + t.reportCount + " (" + t.originCount + " independent)</td>" +
      '<td class="seen">' + esc(time(t.lastSeen)) + "</td>";
  }

  function row(id) {
    var rows = table.querySelectorAll("tr[data-id]");
    for (var i = 0; i < rows.length; i++) {
      if (rows[i].getAttribute("data-id") === id) { return rows[i]; }
    }
    return null;
  }

  function matchesPage(t) {
    if (!form) { return true; }
    var min = form.elements.minCredibility.value;
    var status = form.elements.status.value;
    var stage = form.elements.stage.value;
    return (!min || t.credibility >= parseFloat(min)) && (!status || t.status === status) && (!stage || t.stage === stage);
  }

  function upsert(t) {
    var tr = row(t.id);
    if (!matchesPage(t)) { if (tr) { tr.remove(); } return; }
    if (!tr) {
      tr = document.createElement("tr");
      tr.setAttribute("data-id", t.id);
      table.insertBefore(tr, table.firstChild);
      var empty = document.getElementById("empty");
      if (empty) { empty.remove(); }
    }
    tr.className = "status-" + t.status;
    tr.innerHTML = render(t);
    tr.classList.remove("flash");
    void tr.offsetWidth;
    tr.classList.add("flash");
  }

  if (table && window.EventSource) {
    var params = new URLSearchParams(window.location.search);
    ["sort", "limit", "cursor"].forEach(function (p) { params.delete(p); });
    Array.from(params.keys()).forEach(function (k) { if (!params.get(k)) { params.delete(k); } });
    var source = new EventSource("/api/v1/stream" + (params.toString() ? "?" + params.toString() : ""));
    source.addEventListener("ready", function () { live.textContent = "live"; live.classList.add("on"); });
    source.addEventListener("transfer", function (e) { upsert(JSON.parse(e.data)); });
    source.addEventListener("removed", function (e) { var tr = row(JSON.parse(e.data).id); if (tr) { tr.remove(); } });
    source.addEventListener("merged", function (e) { var tr = row(JSON.parse(e.data).id); if (tr) { tr.remove(); } });
    source.addEventListener("reset", function () { window.location.reload(); });
    source.onerror = function () { live.textContent = "reconnecting"; live.classList.remove("on"); };
  }

  var pipeline = document.getElementById("pipeline-body");
  if (pipeline && window.fetch) {
    setInterval(function () {
      fetch("/fragments/pipeline").then(function (r) { return r.ok ? r.text() : null; })
        .then(function (html) { if (html) { pipeline.innerHTML = html; } })
        .catch(function () { /* keep the last figures */ });
    }, 10000);
  }
})();
