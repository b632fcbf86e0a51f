'use strict';
// The review page: sends the text or the chosen file to /api/v1/check and shows the findings in
// place. No libraries, nothing from the network but this server.
(function () {
  const CATEGORY = {
    NUM_DUPLICATE: '序号重复', NUM_GAP: '序号跳号', NUM_STYLE: '序号格式', PLACEHOLDER: '占位符',
    RESIDUE: '网页残留', SECTION_MISSING: '缺少部分', YEAR_STALE: '年份不符', YEAR_UNKNOWN: '年份不明',
    PUNCT_WIDTH: '半角标点', PUNCT_PAIR: '标点配对', PUNCT_FORM: '标点用法', NUMBER_FORMAT: '数字格式',
    DUP_CHAR: '叠字', TYPO: '错别字', FORMULATION: '规范提法', HOUSE_WORD: '本单位用词'
  };
  const SEVERITY = { error: '错误', warning: '警告', info: '提示' };
  const RANK = { error: 0, warning: 1, info: 2 };
  const $ = (id) => document.getElementById(id);
  const state = { text: '', name: '', findings: [], titles: {}, file: null, active: -1 };

  fetch('api/v1/rules').then((r) => r.json()).then((j) => {
    j.rules.forEach((r) => { state.titles[r.id] = r.title; });
  }).catch(() => {});

  const categoryName = (c) => CATEGORY[c] || c;
  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const status = (msg, isError) => {
    $('status').textContent = msg;
    $('status').className = isError ? 'error-text' : 'muted';
  };

  $('file').addEventListener('change', () => {
    const f = $('file').files[0];
    state.file = f || null;
    $('file-name').textContent = f ? '已选择：' + f.name : '';
    if (f) check();
  });
  $('text').addEventListener('input', () => {
    if (state.file) { state.file = null; $('file').value = ''; $('file-name').textContent = ''; }
    $('review').hidden = true;
  });
  $('review').addEventListener('click', review);
  $('check').addEventListener('click', check);
  $('copy').addEventListener('click', () => {
    const t = $('text').value;
    const done = () => status('已复制修改后的文本');
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(t).then(done, () => fallbackCopy());
    } else {
      fallbackCopy();
    }
    function fallbackCopy() { $('text').select(); document.execCommand('copy'); done(); }
  });
  $('category').addEventListener('change', render);
  document.querySelectorAll('.sev-box').forEach((b) => b.addEventListener('change', render));
  document.body.dataset.ready = 'true';

  async function check() {
    const year = $('year').value.trim();
    let res;
    status('正在检查…');
    $('check').disabled = true;
    try {
      if (state.file) {
        const form = new FormData();
        form.append('file', state.file, state.file.name);
        if (year) form.append('reportYear', year);
        state.name = state.file.name;
        res = await fetch('api/v1/check?includeText=true', { method: 'POST', body: form });
      } else {
        const text = $('text').value;
        if (!text.trim()) { status('请先粘贴报告全文或选择文件', true); return; }
        const body = { text: text, fileName: state.name || '粘贴的文本.txt' };
        if (year) body.reportYear = Number(year);
        res = await fetch('api/v1/check?includeText=true', {
          method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body)
        });
      }
      const j = await res.json().catch(() => null);
      if (!res.ok) {
        status((j && j.message) || ('检查失败（HTTP ' + res.status + '）'), true);
        return;
      }
      show(j);
      $('review').hidden = !isDocx(state.file);
    } catch (e) {
      status('无法连接检查服务', true);
    } finally {
      $('check').disabled = false;
    }
  }

  const isDocx = (f) => !!f && /\.docx$/i.test(f.name);

  // The chosen .docx with a Word comment on each finding and the safe fixes as tracked changes
  // (POST api/v1/review), saved under the document's name with 审阅 added.
  async function review() {
    const f = state.file;
    if (!isDocx(f)) return;
    const year = $('year').value.trim();
    const form = new FormData();
    form.append('file', f, f.name);
    if (year) form.append('reportYear', year);
    status('正在生成审阅版…');
    $('review').disabled = true;
    try {
      const res = await fetch('api/v1/review', { method: 'POST', body: form });
      if (!res.ok) {
        const j = await res.json().catch(() => null);
        status((j && j.message) || ('生成审阅版失败（HTTP ' + res.status + '）'), true);
        return;
      }
      const blob = await res.blob();
      const name = f.name.replace(/\.docx$/i, '') + '-审阅.docx';
      const url = URL.createObjectURL(blob);
      const a = el('a');
      a.href = url;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
      status('已下载 ' + name + '：批注 ' + (res.headers.get('X-Gongwen-Comments') || 0) + ' 条，修订 ' +
        (res.headers.get('X-Gongwen-Tracked-Changes') || 0) + ' 处');
      document.body.dataset.reviewed = String(blob.size);
    } catch (e) {
      status('无法连接检查服务', true);
    } finally {
      $('review').disabled = false;
    }
  }

  function show(report) {
    const file = report.files[0];
    state.text = file.text;
    const starts = [0];
    for (let i = 0; i < state.text.length; i++) if (state.text[i] === '\n') starts.push(i + 1);
    const at = (line, col) => Math.min(state.text.length, (starts[line - 1] || 0) + col - 1);
    state.findings = file.findings.map((f, i) => Object.assign({}, f, {
      i: i,
      start: f.line > 0 ? at(f.line, f.column) : -1,
      end: f.line > 0 ? at(f.endLine, f.endColumn) : -1
    }));
    state.active = -1;
    const counts = {};
    state.findings.forEach((f) => { counts[f.category] = (counts[f.category] || 0) + 1; });
    const sel = $('category');
    const keep = sel.value;
    sel.length = 1;
    Object.keys(counts).sort().forEach((c) => {
      const o = el('option', null, categoryName(c) + '（' + counts[c] + '）');
      o.value = c;
      sel.appendChild(o);
    });
    sel.value = counts[keep] ? keep : '';
    const bySev = { error: 0, warning: 0, info: 0 };
    state.findings.forEach((f) => { bySev[f.severity]++; });
    $('doc-title').textContent = file.path;
    $('summary').textContent = '共 ' + state.findings.length + ' 处：错误 ' + bySev.error + '，警告 ' +
      bySev.warning + '，提示 ' + bySev.info;
    $('result').hidden = false;
    status(state.findings.length ? '检查完成' : '检查完成，未发现问题');
    render();
  }

  function visible(f) {
    const c = $('category').value;
    const sev = Array.from(document.querySelectorAll('.sev-box')).filter((b) => b.checked).map((b) => b.value);
    return (!c || f.category === c) && sev.indexOf(f.severity) >= 0;
  }

  function render() {
    const shown = state.findings.filter(visible);
    renderDoc(shown.filter((f) => f.start >= 0));
    renderList(shown);
  }

  function renderDoc(placed) {
    const doc = $('doc');
    const text = state.text;
    doc.textContent = '';
    const points = new Set([0, text.length]);
    placed.forEach((f) => { points.add(f.start); points.add(f.end); });
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') { points.add(i); points.add(i + 1); }
    const sorted = Array.from(points).sort((a, b) => a - b);
    const empty = {};
    placed.filter((f) => f.start === f.end).forEach((f) => { (empty[f.start] = empty[f.start] || []).push(f); });
    const first = {};
    let lineNo = 1;
    let line = newLine();
    for (let k = 0; k < sorted.length; k++) {
      const a = sorted[k];
      (empty[a] || []).forEach((f) => line.appendChild(mark([f], '', first)));
      if (k + 1 >= sorted.length) break;
      const b = sorted[k + 1];
      if (text[a] === '\n') { doc.appendChild(line); line = newLine(); continue; }
      const covering = placed.filter((f) => f.start <= a && f.end >= b && f.start < f.end);
      const piece = text.slice(a, b);
      line.appendChild(covering.length ? mark(covering, piece, first) : document.createTextNode(piece));
    }
    doc.appendChild(line);
    function newLine() {
      const d = el('span', 'line');
      d.appendChild(el('span', 'ln', String(lineNo++)));
      return d;
    }
  }

  function mark(covering, piece, first) {
    covering.sort((x, y) => RANK[x.severity] - RANK[y.severity]);
    const m = el('mark', covering[0].severity + (piece ? '' : ' empty'), piece);
    m.dataset.f = covering.map((f) => f.i).join(' ');
    m.title = covering.map((f) => SEVERITY[f.severity] + '：' + f.message).join('\n');
    covering.forEach((f) => { if (!first[f.i]) { first[f.i] = true; m.id = m.id || 'f-' + f.i; m.classList.add('f-' + f.i); } });
    m.addEventListener('click', () => activate(covering[0].i, 'list'));
    return m;
  }

  function renderList(shown) {
    const list = $('list');
    list.textContent = '';
    if (!shown.length) {
      list.appendChild(el('li', 'none', state.findings.length ? '没有符合筛选条件的问题' : '未发现问题'));
      return;
    }
    shown.forEach((f) => {
      const li = el('li', f.severity);
      li.id = 'item-' + f.i;
      li.dataset.category = f.category;
      li.dataset.severity = f.severity;
      li.dataset.rule = f.rule;
      const meta = el('div', 'meta');
      meta.appendChild(el('span', 'badge ' + f.severity, SEVERITY[f.severity]));
      meta.appendChild(document.createTextNode(categoryName(f.category) + ' · ' + (state.titles[f.rule] || f.rule) +
        ' · ' + (f.line > 0 ? '第 ' + f.line + ' 行' : '全文')));
      li.appendChild(meta);
      li.appendChild(el('div', 'message', f.message));
      if (f.excerpt) {
        const ex = el('div', 'excerpt-line', '原文：');
        ex.appendChild(el('span', 'excerpt', f.excerpt));
        li.appendChild(ex);
      }
      if (f.suggestion !== null && f.suggestion !== undefined && f.line > 0) {
        const s = el('div', 'suggestion', '建议改为：');
        s.appendChild(el('b', null, f.suggestion === '' ? '（删除）' : f.suggestion));
        const apply = el('button', 'apply', '采用');
        apply.type = 'button';
        apply.title = '把原文改为建议的写法，并重新检查';
        apply.addEventListener('click', (e) => { e.stopPropagation(); applyFix(f); });
        s.appendChild(apply);
        li.appendChild(s);
      }
      li.addEventListener('click', () => activate(f.i, 'doc'));
      list.appendChild(li);
    });
  }

  function activate(i, scrollTo) {
    document.querySelectorAll('.active').forEach((e) => e.classList.remove('active'));
    state.active = i;
    const item = $('item-' + i);
    const marks = document.querySelectorAll('mark.f-' + i);
    if (item) item.classList.add('active');
    marks.forEach((m) => m.classList.add('active'));
    if (scrollTo === 'doc' && marks.length) marks[0].scrollIntoView({ block: 'center' });
    if (scrollTo === 'list' && item) item.scrollIntoView({ block: 'nearest' });
  }

  function applyFix(f) {
    // the text as checked (for an uploaded file: its decoded text) becomes the text being edited
    const fixed = state.text.slice(0, f.start) + f.suggestion + state.text.slice(f.end);
    $('text').value = fixed;
    if (state.file) { state.file = null; $('file').value = ''; $('file-name').textContent = ''; }
    $('copy').disabled = false;
    check();
  }
})();
