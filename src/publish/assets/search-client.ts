// assets/search.js: the index page's search and filters, run in the reader's browser.
// Plain ES2017 with no dependencies; every word it shows comes from the data files, so this file is
// ASCII. Matter text is untrusted: it reaches the page only through text nodes, never as markup.
// Without this script the index page is the complete plain list.
export const SEARCH_CLIENT = String.raw`(function () {
  'use strict';
  var data = window.DUTYLIST_INDEX;
  var section = document.getElementById('search');
  var form = section && section.querySelector('form');
  var table = document.getElementById('all-matters');
  var results = document.getElementById('results');
  var status = document.getElementById('status');
  var self = document.currentScript && document.currentScript.src;
  if (!data || !form || !table || !results || !status || !self) return;

  var PAGE = 100;
  var MORE = 500;
  var FIELD = 0xE000;
  var PARAMS = ['q', 'type', 'unit', 'role', 'street'];
  var ui = data.ui;
  var matters = data.matters; // [seq, id, type, name, page, primary, supporting, primaryIds, supportingIds, streets (-1: all)]
  var text = null;            // { lines, matters: line numbers per matter }, loaded after the page
  var foldedLines = null;
  var waiting = [];
  var shown = 0;
  var current = [];
  var currentTerms = [];
  var timer = 0;

  function control(name) { return form.elements.namedItem(name); }

  function fill(template, params) {
    return template.replace(/\{(\w+)\}/g, function (whole, key) { return key in params ? String(params[key]) : whole; });
  }

  // Full-width letters and digits to ASCII, capitals to small: one code unit for one, so an offset
  // found in the folded text is the same offset in the original.
  function fold(s) {
    return s.replace(/[A-Z\uFF01-\uFF5E\u3000]/g, function (ch) {
      var c = ch.charCodeAt(0);
      if (c === 0x3000) return ' ';
      if (c >= 0xFF01) c -= 0xFEE0;
      return String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c);
    });
  }

  // The searchable text is the bulk of the data: it loads once the form is shown, by a script tag
  // (a page opened from disk may not fetch files).
  function withText(done) {
    if (text) return done();
    waiting.push(done);
    if (waiting.length > 1) return;
    var s = document.createElement('script');
    s.src = self.replace(/search\.js(\?.*)?$/, 'search-text.js');
    s.onload = s.onerror = function () {
      text = window.DUTYLIST_TEXT || namesOnly();
      var w = waiting;
      waiting = [];
      w.forEach(function (f) { f(); });
    };
    document.head.appendChild(s);
  }

  // Without the text file (a copy that lost it), names, codes and units can still be searched.
  function namesOnly() {
    var lines = [];
    return {
      lines: lines,
      matters: matters.map(function (m) {
        return [[0, m[3]], [1, m[1]], [6, m[5]], [7, m[6]]].map(function (f) { return lines.push(String.fromCharCode(FIELD + f[0]) + f[1]) - 1; });
      }),
    };
  }

  function termsOf(q) {
    var seen = {};
    return fold(q).split(/\s+/).filter(function (t) {
      if (!t || seen[t]) return false;
      seen[t] = true;
      return true;
    });
  }

  function state() {
    var s = {};
    PARAMS.forEach(function (p) { s[p] = (control(p).value || '').trim(); });
    // A role means something only for a chosen unit.
    if (!s.unit) s.role = '';
    return s;
  }

  function active(s) { return PARAMS.some(function (p) { return s[p] !== ''; }); }

  function search(s, terms) {
    var type = s.type ? data.types.indexOf(s.type) : -2;
    var unit = s.unit ? data.units.indexOf(s.unit) : -2;
    var street = s.street ? data.streets.indexOf(s.street) : -2;
    var hitLines = [];
    if (terms.length) {
      if (!foldedLines) foldedLines = text.lines.map(fold);
      hitLines = terms.map(function (t) {
        var hit = new Uint8Array(foldedLines.length);
        for (var l = 0; l < foldedLines.length; l++) if (foldedLines[l].indexOf(t) >= 0) hit[l] = 1;
        return hit;
      });
    }
    var hits = [];
    for (var i = 0; i < matters.length; i++) {
      var m = matters[i];
      if (type !== -2 && m[2] !== type) continue;
      if (unit !== -2) {
        var primary = m[7].indexOf(unit) >= 0;
        var supporting = m[8].indexOf(unit) >= 0;
        if (s.role === 'primary' ? !primary : s.role === 'supporting' ? !supporting : !(primary || supporting)) continue;
      }
      if (street !== -2 && m[9] !== -1 && m[9].indexOf(street) < 0) continue;
      var ok = true;
      var lines = terms.length ? text.matters[i] : null;
      for (var k = 0; k < terms.length && ok; k++) {
        ok = false;
        for (var j = 0; j < lines.length && !ok; j++) ok = hitLines[k][lines[j]] === 1;
      }
      if (!ok) continue;
      var name = fold(m[3]);
      var inName = 0;
      for (k = 0; k < terms.length; k++) if (name.indexOf(terms[k]) >= 0) inName++;
      hits.push({ i: i, rank: inName });
    }
    // Matters whose name holds the words first, then in list order.
    hits.sort(function (a, b) { return b.rank - a.rank || a.i - b.i; });
    return hits.map(function (h) { return h.i; });
  }

  // The text with every occurrence of the terms wrapped in <mark>, as DOM nodes.
  function highlighted(value, terms) {
    var frag = document.createDocumentFragment();
    var f = fold(value);
    var spans = [];
    terms.forEach(function (t) {
      for (var at = f.indexOf(t); at >= 0; at = f.indexOf(t, at + 1)) spans.push([at, at + t.length]);
    });
    spans.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var pos = 0;
    spans.forEach(function (span) {
      if (span[1] <= pos) return;
      var start = Math.max(span[0], pos);
      if (start > pos) frag.appendChild(document.createTextNode(value.slice(pos, start)));
      var mark = document.createElement('mark');
      mark.textContent = value.slice(start, span[1]);
      frag.appendChild(mark);
      pos = span[1];
    });
    if (pos < value.length) frag.appendChild(document.createTextNode(value.slice(pos)));
    return frag;
  }

  // Where the words occur when it is not the name: the matter's line holding most of them, cut short.
  function snippet(i, terms) {
    if (terms.length === 0 || !text) return null;
    var best = null;
    var bestCount = 0;
    text.matters[i].forEach(function (l) {
      var field = text.lines[l].charCodeAt(0) - FIELD;
      if (field === 0 || field === 1 || field === 2 || field === 6 || field === 7) return;
      var count = terms.filter(function (t) { return foldedLines[l].indexOf(t) >= 0; }).length;
      if (count > bestCount) { best = l; bestCount = count; }
    });
    if (best === null) return null;
    var body = text.lines[best].slice(1);
    var f = foldedLines[best].slice(1);
    var first = body.length;
    terms.forEach(function (t) { var at = f.indexOf(t); if (at >= 0 && at < first) first = at; });
    var start = Math.max(0, first - 20);
    var end = Math.min(body.length, start + 80);
    var p = document.createElement('p');
    p.className = 'snippet';
    var label = document.createElement('span');
    label.className = 'snippet-field';
    label.textContent = data.fields[text.lines[best].charCodeAt(0) - FIELD] + '\uFF1A';
    p.appendChild(label);
    if (start > 0) p.appendChild(document.createTextNode('\u2026'));
    p.appendChild(highlighted(body.slice(start, end), terms));
    if (end < body.length) p.appendChild(document.createTextNode('\u2026'));
    return p;
  }

  function cell(label, content, className) {
    var td = document.createElement('td');
    td.setAttribute('data-label', label);
    if (className) td.className = className;
    td.appendChild(content);
    return td;
  }

  function row(i, terms) {
    var m = matters[i];
    var h = ui.headers;
    var tr = document.createElement('tr');
    tr.appendChild(cell(h[0], document.createTextNode(String(m[0])), 'seq'));
    tr.appendChild(cell(h[1], highlighted(data.types[m[2]] || '', terms), 'type'));
    var name = document.createDocumentFragment();
    var a = document.createElement('a');
    a.href = m[4];
    a.appendChild(highlighted(m[3], terms));
    name.appendChild(a);
    name.appendChild(document.createTextNode(' '));
    var code = document.createElement('span');
    code.className = 'code';
    code.appendChild(highlighted(m[1], terms));
    name.appendChild(code);
    var snip = snippet(i, terms);
    if (snip) name.appendChild(snip);
    tr.appendChild(cell(h[2], name));
    tr.appendChild(cell(h[3], highlighted(m[5], terms)));
    tr.appendChild(cell(h[4], highlighted(m[6], terms)));
    return tr;
  }

  function moreButton(onClick) {
    var more = document.createElement('button');
    more.type = 'button';
    more.className = 'button secondary more';
    more.addEventListener('click', onClick);
    return more;
  }

  // Appends rows [from, to) of list (matter numbers) to tbody; focus moves to the first new link.
  function append(tbody, list, from, to, terms, focus) {
    var first = null;
    for (var k = from; k < to; k++) {
      var tr = row(list[k], terms);
      if (!first) first = tr;
      tbody.appendChild(tr);
    }
    if (focus && first) first.querySelector('a').focus();
  }

  function renderMore(focus) {
    var end = Math.min(current.length, shown + PAGE);
    append(results.querySelector('tbody'), current, shown, end, currentTerms, focus);
    shown = end;
    var more = results.querySelector('button.more');
    var rest = current.length - shown;
    if (rest > 0) more.textContent = fill(ui.more, { n: Math.min(PAGE, rest) });
    more.hidden = rest <= 0;
    var line = current.length === 0 ? ui.none : fill(ui.found, { n: current.length, total: matters.length });
    status.textContent = current.length > shown ? line + fill(ui.shown, { n: shown }) : line;
  }

  function build() {
    results.textContent = '';
    var t = document.createElement('table');
    t.className = 'matters results';
    var caption = document.createElement('caption');
    caption.className = 'visually-hidden';
    caption.textContent = ui.caption;
    t.appendChild(caption);
    var thead = document.createElement('thead');
    var tr = document.createElement('tr');
    ui.headers.forEach(function (h, k) {
      var th = document.createElement('th');
      th.scope = 'col';
      th.textContent = h;
      th.className = ['seq', 'type', '', 'units', 'units'][k];
      tr.appendChild(th);
    });
    thead.appendChild(tr);
    t.appendChild(thead);
    t.appendChild(document.createElement('tbody'));
    results.appendChild(t);
    results.appendChild(moreButton(function () { renderMore(true); }));
  }

  function apply() {
    var s = state();
    var query = PARAMS.filter(function (p) { return s[p] !== ''; })
      .map(function (p) { return p + '=' + encodeURIComponent(s[p]); }).join('&');
    try { history.replaceState(null, '', query ? '?' + query : location.pathname); } catch (e) { /* the page works without it */ }
    if (!active(s)) {
      results.textContent = '';
      results.hidden = true;
      table.hidden = false;
      if (allMore) allMore.hidden = allShown >= matters.length;
      current = [];
      status.textContent = fill(ui.total, { n: matters.length });
      return;
    }
    var terms = termsOf(s.q);
    if (terms.length && !text) {
      status.textContent = ui.loading;
      return withText(apply);
    }
    current = search(s, terms);
    currentTerms = terms;
    shown = 0;
    build();
    results.hidden = false;
    table.hidden = true;
    if (allMore) allMore.hidden = true;
    renderMore(false);
  }

  function fromUrl() {
    var params = new URLSearchParams(location.search);
    PARAMS.forEach(function (p) {
      var el = control(p);
      var v = params.get(p) || '';
      if (el.tagName === 'SELECT' && !Array.prototype.some.call(el.options, function (o) { return o.value === v; })) v = '';
      el.value = v;
    });
  }

  // A long list shows its first rows on the page (the rest is in <noscript>, for readers without
  // JavaScript); this button adds the others from the data, a few hundred at a time.
  var allShown = table.tBodies[0].rows.length;
  var allMore = null;
  if (allShown < matters.length) {
    var everyone = matters.map(function (m, i) { return i; });
    allMore = moreButton(function () {
      var end = Math.min(matters.length, allShown + MORE);
      append(table.tBodies[0], everyone, allShown, end, [], true);
      allShown = end;
      allMore.textContent = fill(ui.more, { n: Math.min(MORE, matters.length - allShown) });
      allMore.hidden = allShown >= matters.length;
    });
    allMore.textContent = fill(ui.more, { n: Math.min(MORE, matters.length - allShown) });
    table.parentNode.insertBefore(allMore, table.nextSibling);
  }

  form.addEventListener('submit', function (e) { e.preventDefault(); clearTimeout(timer); apply(); });
  control('q').addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(apply, 150); });
  ['type', 'unit', 'role', 'street'].forEach(function (p) { control(p).addEventListener('change', apply); });
  document.getElementById('reset').addEventListener('click', function (e) {
    e.preventDefault();
    PARAMS.forEach(function (p) { control(p).value = ''; });
    apply();
    control('q').focus();
  });
  window.addEventListener('pageshow', function (e) { if (e.persisted) { fromUrl(); apply(); } });

  section.hidden = false;
  fromUrl();
  if (active(state())) apply();
  // Fetch the text now, while the reader looks at the page, so the first search need not wait.
  setTimeout(function () { withText(function () {}); }, 0);
})();
`;
