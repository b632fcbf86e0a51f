(function () {
  'use strict';
  // All report text reaches the page through textContent / text nodes, never through innerHTML.
  var DATA = JSON.parse(document.getElementById('gongwen-data').textContent);
  var SEVERITIES = ['error', 'warning', 'info'];
  var SEV_ZH = { error: '错误', warning: '警告', info: '提示' };
  var PAGE = 300;

  function $(id) { return document.getElementById(id); }

  function el(tag, attrs) {
    var e = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) return;
        if (k === 'class') e.className = v;
        else if (k === 'text') e.textContent = v;
        else if (k.slice(0, 2) === 'on') e.addEventListener(k.slice(2), v);
        else e.setAttribute(k, v === true ? '' : String(v));
      });
    }
    for (var i = 2; i < arguments.length; i++) {
      var kid = arguments[i];
      if (kid !== null && kid !== undefined) e.append(kid);
    }
    return e;
  }

  function sevBadge(s) { return el('span', { class: 'sev ' + s, text: SEV_ZH[s] || s }); }
  function worst(list) {
    for (var i = 0; i < SEVERITIES.length; i++) if (list.indexOf(SEVERITIES[i]) >= 0) return SEVERITIES[i];
    return list[0];
  }
  function clip(s, n) { s = s.replace(/\s+/g, ' '); return s.length > n ? s.slice(0, n) + '…' : s; }

  // ---- index -------------------------------------------------------------------------------
  var RULES = {};
  DATA.rules.forEach(function (r) { RULES[r.id] = r; });
  var ALL = [];
  var BY_ID = {};
  var BY_SLUG = {};
  DATA.docs.forEach(function (d, di) {
    d.index = di;
    BY_SLUG[d.slug] = d;
    (d.findings || []).forEach(function (f, fi) {
      f.doc = d;
      f.index = fi;
      f.excerpt = d.text ? d.text.slice(f.start, f.end) : '';
      ALL.push(f);
      BY_ID[f.id] = f;
    });
  });
  function ruleTitle(id) { return RULES[id] ? RULES[id].title : id; }
  function place(f) { return f.line === 0 ? '全文' : '第' + f.line + '行'; }
  function placeTitle(f) { return f.line === 0 ? '关于全文的问题' : '第' + f.line + '行第' + f.col + '字'; }
  var CATS = DATA.categories || {};
  function catName(c) { return CATS[c] || c; }

  // ---- summary -----------------------------------------------------------------------------
  function renderSummary() {
    var byCat = {};
    ALL.forEach(function (f) {
      var c = byCat[f.category] || (byCat[f.category] = { error: 0, warning: 0, info: 0 });
      c[f.severity]++;
    });
    var withFindings = DATA.docs.filter(function (d) { return d.findings && d.findings.length; }).length;
    var failed = DATA.docs.filter(function (d) { return d.error; });
    $('meta').textContent = '共 ' + DATA.docs.length + ' 个文件，' + withFindings + ' 个有问题，发现 ' + ALL.length
      + ' 个问题' + (failed.length ? '，' + failed.length + ' 个文件无法检查' : '') + ' · ' + DATA.generator;

    var tbody = el('tbody');
    var totals = { error: 0, warning: 0, info: 0 };
    function cell(n, cat, sev) {
      if (!n) return el('td', { class: 'zero', text: '0' });
      return el('td', { class: 'n', text: String(n), title: '只看这些问题', 'data-category': cat || '', 'data-severity': sev || '',
        onclick: function () { setFilters({ category: cat || '', severity: sev || '' }); } });
    }
    Object.keys(byCat).sort().forEach(function (cat) {
      var c = byCat[cat];
      var tr = el('tr', null, el('td', { title: cat }, catName(cat), el('span', { class: 'code', text: ' ' + cat })));
      SEVERITIES.forEach(function (s) { totals[s] += c[s]; tr.append(cell(c[s], cat, s)); });
      tr.append(cell(c.error + c.warning + c.info, cat, ''));
      tbody.append(tr);
    });
    var foot = el('tr', null, el('th', { text: '合计' }));
    SEVERITIES.forEach(function (s) { foot.append(cell(totals[s], '', s)); });
    foot.append(cell(ALL.length, '', ''));
    var head = el('tr', null, el('th', { text: '类别' }));
    SEVERITIES.forEach(function (s) { head.append(el('th', { text: SEV_ZH[s] })); });
    head.append(el('th', { text: '合计' }));
    var box = $('summary');
    box.append(el('div', null, el('h2', { text: '按类别和级别汇总' }),
      el('table', { id: 'summary-table' }, el('thead', null, head), tbody, el('tfoot', null, foot))));
    if (failed.length) {
      var ul = el('ul', { class: 'errors' });
      failed.forEach(function (d) { ul.append(el('li', { text: d.path + '：' + d.error })); });
      box.append(el('div', null, el('h2', { text: '无法检查的文件' }), ul));
    }
  }

  // ---- filters and the list of findings -------------------------------------------------------
  var FILTERS = { category: '', severity: '', rule: '', file: '', q: '' };
  var shown = [];
  var rendered = 0;

  function fillSelect(sel, all, options) {
    sel.append(el('option', { value: '', text: all }));
    options.forEach(function (o) { sel.append(el('option', { value: o[0], text: o[1] })); });
  }
  function counts(key) {
    var m = {};
    ALL.forEach(function (f) { m[f[key]] = (m[f[key]] || 0) + 1; });
    return m;
  }
  function initFilters() {
    var cats = counts('category');
    fillSelect($('fl-category'), '全部类别', Object.keys(cats).sort().map(function (c) {
      return [c, catName(c) + ' ' + c + '（' + cats[c] + '）'];
    }));
    var sevs = counts('severity');
    fillSelect($('fl-severity'), '全部级别', SEVERITIES.filter(function (s) { return sevs[s]; })
      .map(function (s) { return [s, SEV_ZH[s] + '（' + sevs[s] + '）']; }));
    var rules = counts('rule');
    fillSelect($('fl-rule'), '全部规则', Object.keys(rules).sort().map(function (r) {
      return [r, ruleTitle(r) + ' ' + r + '（' + rules[r] + '）'];
    }));
    fillSelect($('fl-file'), '全部文件', DATA.docs.filter(function (d) { return d.findings && d.findings.length; })
      .map(function (d) { return [d.slug, d.path + '（' + d.findings.length + '）']; }));
    ['category', 'severity', 'rule', 'file'].forEach(function (k) {
      $('fl-' + k).addEventListener('change', function (e) { FILTERS[k] = e.target.value; applyFilters(); });
    });
    $('fl-q').addEventListener('input', function (e) { FILTERS.q = e.target.value.trim(); applyFilters(); });
    $('fl-reset').addEventListener('click', function () { setFilters({ category: '', severity: '', rule: '', file: '', q: '' }); });
    $('more').addEventListener('click', renderMore);
    $('csv').addEventListener('click', downloadCsv);
  }

  // ---- export: the findings shown, as CSV that Excel and WPS open with the Chinese intact -------
  function csvCell(v) {
    v = v === null || v === undefined ? '' : String(v);
    // A cell that starts like a formula is quoted with a leading apostrophe, as spreadsheets expect.
    if (/^[=+\-@\t\r]/.test(v)) v = "'" + v;
    return /[",\r\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
  }
  function csv() {
    var rows = [['文件', '行', '列', '级别', '类别', '类别代码', '规则', '规则代码', '问题', '原文', '建议']];
    shown.forEach(function (f) {
      rows.push([f.doc.path, f.line === 0 ? '全文' : f.line, f.line === 0 ? '' : f.col, SEV_ZH[f.severity], catName(f.category),
        f.category, ruleTitle(f.rule), f.rule, f.message, f.excerpt,
        f.suggestion === null || f.suggestion === undefined ? '' : f.suggestion === '' ? '（删除）' : f.suggestion]);
    });
    return '\uFEFF' + rows.map(function (r) { return r.map(csvCell).join(','); }).join('\r\n') + '\r\n';
  }
  function downloadCsv() {
    var url = URL.createObjectURL(new Blob([csv()], { type: 'text/csv;charset=utf-8' }));
    var a = el('a', { href: url, download: '公文检查问题清单.csv' });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }
  window.gongwenCsv = csv;
  function setFilters(f) {
    Object.keys(f).forEach(function (k) { FILTERS[k] = f[k]; $('fl-' + k).value = f[k]; });
    applyFilters();
    $('list-pane').scrollIntoView({ block: 'start' });
  }
  function matches(f) {
    if (FILTERS.category && f.category !== FILTERS.category) return false;
    if (FILTERS.severity && f.severity !== FILTERS.severity) return false;
    if (FILTERS.rule && f.rule !== FILTERS.rule) return false;
    if (FILTERS.file && f.doc.slug !== FILTERS.file) return false;
    if (FILTERS.q && (f.message + '\n' + f.excerpt + '\n' + f.doc.path).indexOf(FILTERS.q) < 0) return false;
    return true;
  }
  function applyFilters() {
    shown = ALL.filter(matches);
    rendered = 0;
    $('findings').tBodies[0].textContent = '';
    $('fl-count').textContent = '显示 ' + shown.length + ' / ' + ALL.length + ' 个问题';
    renderMore();
  }
  function renderMore() {
    var body = $('findings').tBodies[0];
    var end = Math.min(shown.length, rendered + PAGE);
    var frag = document.createDocumentFragment();
    for (var i = rendered; i < end; i++) frag.append(row(shown[i]));
    body.append(frag);
    rendered = end;
    if (!shown.length) body.append(el('tr', null, el('td', { colspan: 5, class: 'empty', text: '没有符合条件的问题。' })));
    var more = $('more');
    more.hidden = rendered >= shown.length;
    more.textContent = '显示更多（还有 ' + (shown.length - rendered) + ' 个）';
    markRow(current);
  }
  function row(f) {
    var problem = el('td', null, f.message);
    if (f.excerpt) problem.append(el('div', { class: 'ex', text: '原文：' + clip(f.excerpt, 40) }));
    if (f.suggestion !== null && f.suggestion !== undefined) {
      problem.append(el('div', { class: 'ex', text: f.suggestion === '' ? '建议删除' : '建议：' + clip(f.suggestion, 40) }));
    }
    return el('tr', { 'data-id': f.id, class: f.severity, onclick: function (e) {
      if (e.target.tagName !== 'A') go(f.id);
    } },
      el('td', { class: 'loc' }, el('a', { href: '#' + f.id, title: f.doc.path + ' ' + placeTitle(f) },
        baseName(f.doc.path) + ' ' + place(f))),
      el('td', null, sevBadge(f.severity)),
      el('td', { title: f.category, text: catName(f.category) }),
      el('td', { title: f.rule + (RULES[f.rule] && RULES[f.rule].description ? '：' + RULES[f.rule].description : '') },
        ruleTitle(f.rule)),
      problem);
  }
  function baseName(p) { var i = p.lastIndexOf('/'); return i >= 0 ? p.slice(i + 1) : p; }

  // ---- one document ------------------------------------------------------------------------
  var currentDoc = null;
  var current = null;

  function initDocSelect() {
    var sel = $('doc-select');
    var withF = el('optgroup', { label: '有问题的文档' });
    var clean = el('optgroup', { label: '未发现问题的文档' });
    var failed = el('optgroup', { label: '无法检查的文件' });
    DATA.docs.forEach(function (d) {
      var n = d.findings ? d.findings.length : 0;
      var o = el('option', { value: d.slug, text: d.path + (n ? '（' + n + ' 个问题）' : '') });
      (d.error ? failed : n ? withF : clean).append(o);
    });
    [withF, clean, failed].forEach(function (g) { if (g.children.length) sel.append(g); });
    sel.addEventListener('change', function () { go('d-' + sel.value); });
    $('prev').addEventListener('click', function () { step(-1); });
    $('next').addEventListener('click', function () { step(1); });
  }
  function step(dir) {
    if (!shown.length) return;
    var i = current ? shown.indexOf(current) : -1;
    i = i < 0 ? (dir > 0 ? 0 : shown.length - 1) : (i + dir + shown.length) % shown.length;
    go(shown[i].id);
  }

  function showDoc(d) {
    if (currentDoc === d) return;
    currentDoc = d;
    current = null;
    hidePop();
    $('doc-select').value = d.slug;
    var view = $('doc-view');
    view.textContent = '';
    var n = d.findings ? d.findings.length : 0;
    view.append(el('h2', { id: 'd-' + d.slug, class: 'anchor', text: d.path }));
    if (d.error) {
      view.append(el('p', { class: 'doc-error', text: '无法检查：' + d.error }));
      return;
    }
    view.append(el('p', { class: 'doc-meta', text: (n ? n + ' 个问题' : '未发现问题') + ' · '
      + (d.text.split('\n').length) + ' 行（段）' }));
    var docLevel = d.findings.filter(function (f) { return f.line === 0; });
    if (docLevel.length) {
      var ul = el('ul', { class: 'doc-level' });
      docLevel.forEach(function (f) {
        ul.append(el('li', { id: f.id, class: 'anchor', 'data-f': f.index, onclick: function () { go(f.id); } },
          sevBadge(f.severity), ' ', f.message, el('span', { class: 'ex', text: '（' + ruleTitle(f.rule) + '）' })));
      });
      view.append(ul);
    }
    var box = el('div', { class: 'text' });
    renderText(d, box);
    box.addEventListener('click', onTextClick);
    view.append(box);
  }

  // Splits the text at every start and end of a finding, so that overlapping findings give
  // segments covered by one or more findings; each line (paragraph) is a block with its number.
  function renderText(d, box) {
    var t = d.text;
    var fs = d.findings;
    var points = {};
    var startAt = {}, endAt = {}, pointAt = {};
    function push(m, k, v) { (m[k] || (m[k] = [])).push(v); }
    points[0] = true;
    points[t.length] = true;
    fs.forEach(function (f, i) {
      if (f.line === 0) return;
      points[f.start] = true;
      if (f.end > f.start) {
        points[f.end] = true;
        push(startAt, f.start, i);
        push(endAt, f.end, i);
      } else {
        push(pointAt, f.start, i);
      }
    });
    var ps = Object.keys(points).map(Number).sort(function (a, b) { return a - b; });
    var active = [];
    var lineNo = 1;
    var line = el('div', { class: 'ln', 'data-n': 1 });
    var frag = document.createDocumentFragment();
    for (var k = 0; k < ps.length; k++) {
      var p = ps[k];
      (endAt[p] || []).forEach(function (i) { active.splice(active.indexOf(i), 1); });
      (startAt[p] || []).forEach(function (i) { active.push(i); line.append(el('span', { class: 'anchor', id: fs[i].id })); });
      (pointAt[p] || []).forEach(function (i) {
        line.append(el('span', { class: 'anchor', id: fs[i].id }), mark([i], '', fs));
      });
      if (k + 1 === ps.length) break;
      var parts = t.slice(p, ps[k + 1]).split('\n');
      for (var j = 0; j < parts.length; j++) {
        if (j > 0) {
          frag.append(line);
          line = el('div', { class: 'ln', 'data-n': ++lineNo });
        }
        if (parts[j]) line.append(active.length ? mark(active.slice(), parts[j], fs) : parts[j]);
      }
    }
    frag.append(line);
    box.append(frag);
  }
  function mark(idx, text, fs) {
    var sev = worst(idx.map(function (i) { return fs[i].severity; }));
    var title = idx.map(function (i) { return '【' + SEV_ZH[fs[i].severity] + '】' + fs[i].message; }).join('\n');
    return el('mark', { class: sev + (idx.length > 1 ? ' multi' : '') + (text ? '' : ' pt'), 'data-f': idx.join(' '), title: title },
      text);
  }

  function onTextClick(e) {
    var m = e.target.closest('mark');
    if (!m) { hidePop(); return; }
    e.stopPropagation();
    var idx = m.getAttribute('data-f').split(' ').map(Number);
    var fs = currentDoc.findings;
    if (idx.length === 1) {
      // Record the finding in the address without scrolling: the text under the pointer stays put.
      history.replaceState(null, '', '#' + fs[idx[0]].id);
      select(fs[idx[0]], false);
    }
    showPop(m, idx.map(function (i) { return fs[i]; }));
  }
  function showPop(anchor, list) {
    var pop = $('pop');
    pop.textContent = '';
    list.forEach(function (f) {
      var item = el('div', { class: 'item' }, sevBadge(f.severity), ' ', f.message,
        el('div', { class: 'rule', text: ruleTitle(f.rule) + ' · ' + f.rule + ' · ' + catName(f.category) + ' · ' + placeTitle(f) }));
      if (f.suggestion !== null && f.suggestion !== undefined) {
        item.append(el('div', { class: 'sugg', text: f.suggestion === '' ? '建议删除' : '建议改为：' + f.suggestion }));
      }
      item.append(el('a', { href: '#' + f.id, text: '本问题的链接' }));
      pop.append(item);
    });
    var r = anchor.getBoundingClientRect();
    pop.hidden = false;
    var left = Math.min(r.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - pop.offsetWidth - 8);
    pop.style.left = Math.max(4, left) + 'px';
    pop.style.top = (r.bottom + window.scrollY + 6) + 'px';
  }
  function hidePop() { $('pop').hidden = true; }

  // ---- navigation: every click goes through the hash, so links to findings can be shared ---------
  function go(hash) {
    if (location.hash === '#' + hash) route();
    else location.hash = hash;
  }
  function route() {
    var h = decodeURIComponent(location.hash.slice(1));
    var f = BY_ID[h];
    if (f) {
      showDoc(f.doc);
      select(f);
      return;
    }
    if (h.slice(0, 2) === 'd-' && BY_SLUG[h.slice(2)]) {
      showDoc(BY_SLUG[h.slice(2)]);
      $('doc-pane').scrollTop = 0;
      return;
    }
    if (!currentDoc && DATA.docs.length) {
      showDoc(ALL.length ? ALL[0].doc : DATA.docs[0]);
    }
  }
  function select(f, scroll) {
    current = f;
    var view = $('doc-view');
    Array.prototype.forEach.call(view.querySelectorAll('.active'), function (e) { e.classList.remove('active'); });
    var key = String(f.index);
    var first = null;
    Array.prototype.forEach.call(view.querySelectorAll('[data-f]'), function (e) {
      if (e.getAttribute('data-f').split(' ').indexOf(key) >= 0) {
        e.classList.add('active');
        if (!first) first = e;
      }
    });
    if (scroll !== false) (first || document.getElementById(f.id)).scrollIntoView({ block: 'center' });
    markRow(f);
  }
  function markRow(f) {
    var body = $('findings').tBodies[0];
    Array.prototype.forEach.call(body.querySelectorAll('tr.active'), function (r) { r.classList.remove('active'); });
    if (!f) return;
    var r = body.querySelector('tr[data-id="' + f.id + '"]');
    if (r) r.classList.add('active');
  }

  document.addEventListener('click', function (e) {
    if (!e.target.closest('#pop') && !e.target.closest('mark')) hidePop();
  });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') hidePop(); });
  window.addEventListener('hashchange', route);
  $('doc-pane').addEventListener('scroll', hidePop);

  // ---- print: every finding in the list and every document with findings, no controls ---------
  function beforePrint() {
    while (rendered < shown.length) renderMore();
    var box = $('print-docs');
    if (box.children.length) return;
    DATA.docs.forEach(function (d) {
      if (!d.findings || !d.findings.length || d.error) return;
      var sec = el('section', { class: 'print-doc' }, el('h2', { text: d.path + '（' + d.findings.length + ' 个问题）' }));
      var docLevel = d.findings.filter(function (f) { return f.line === 0; });
      if (docLevel.length) {
        var ul = el('ul', { class: 'doc-level' });
        docLevel.forEach(function (f) { ul.append(el('li', null, sevBadge(f.severity), ' ', f.message)); });
        sec.append(ul);
      }
      var text = el('div', { class: 'text' });
      renderText(d, text);
      Array.prototype.forEach.call(text.querySelectorAll('[id]'), function (e) { e.removeAttribute('id'); });
      sec.append(text);
      box.append(sec);
    });
  }
  function afterPrint() { $('print-docs').textContent = ''; }
  window.addEventListener('beforeprint', beforePrint);
  window.addEventListener('afterprint', afterPrint);
  if (window.matchMedia) {
    window.matchMedia('print').addEventListener('change', function (m) { if (m.matches) beforePrint(); else afterPrint(); });
  }

  renderSummary();
  initFilters();
  initDocSelect();
  applyFilters();
  route();
  document.documentElement.setAttribute('data-ready', '1');
})();
