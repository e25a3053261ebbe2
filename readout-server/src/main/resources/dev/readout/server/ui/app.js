// Readout web UI. Plain DOM: every piece of data is set as text (textContent / text nodes),
// never parsed as HTML, so article text that holds markup shows as the characters it is.
'use strict';

const view = () => document.getElementById('view');
const FACETS = [['speaker', 'Speaker'], ['country', 'Country'], ['topic', 'Topic'], ['outlet', 'Outlet']];
const FILTERS = ['speaker', 'actor', 'country', 'topic', 'outlet', 'from', 'to'];
const PAGE = 20;

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'on') for (const [ev, fn] of Object.entries(v)) node.addEventListener(ev, fn);
    else if (k === 'href') node.setAttribute('href', safeHref(v));
    else node.setAttribute(k, String(v));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

// Links are built by this file only; still, refuse anything but in-app and http(s) addresses.
function safeHref(v) {
  const s = String(v);
  return s.startsWith('#') || /^https?:\/\//i.test(s) ? s : '#';
}

function link(href, text, cls) { return el('a', { href, class: cls }, text); }
function articleLink(id, title) { return link('#/article/' + encodeURIComponent(id), title || '(untitled)'); }
function actorLink(id, name) { return link('#/actor/' + encodeURIComponent(id), name || id); }
function day(s) { return s ? String(s).slice(0, 10) : 'undated'; }

async function api(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const url = '/api/' + path + (q.toString() ? '?' + q : '');
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await res.json();
  if (!res.ok) throw new Error(body.error || ('HTTP ' + res.status));
  return body;
}

// Charts are SVG drawn by the server from the index's counts (no script library, works offline).
// The drawing is parsed as SVG, never as HTML, and anything that could run or leave the app is
// dropped before it joins the page; the content security policy is the second wall.
async function chart(path, params, caption) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const res = await fetch('/charts/' + path + (q.toString() ? '?' + q : ''));
  const text = await res.text();
  if (!res.ok) throw new Error((JSON.parse(text) || {}).error || ('HTTP ' + res.status));
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const svg = doc.documentElement;
  if (svg.localName !== 'svg' || doc.getElementsByTagName('parsererror').length) throw new Error('unreadable chart');
  for (const bad of svg.querySelectorAll('script, foreignObject, iframe, image, use, style')) bad.remove();
  for (const node of [svg, ...svg.querySelectorAll('*')]) {
    for (const a of [...node.attributes]) {
      const unsafeHref = /href$/i.test(a.name) && !a.value.startsWith('#');
      if (/^on/i.test(a.name) || a.name === 'style' || unsafeHref) node.removeAttribute(a.name);
    }
  }
  return el('figure', { class: 'chart-box' }, document.importNode(svg, true), caption ? el('figcaption', { class: 'muted' }, caption) : null);
}

function show(...nodes) {
  const v = view();
  v.replaceChildren();
  append(v, nodes);
}

function fail(e) { show(el('p', { class: 'error' }, String(e.message || e))); }

function parseHash() {
  const h = location.hash.replace(/^#\/?/, '');
  const [path, query] = h.split('?');
  return { parts: path.split('/').filter(Boolean).map(decodeURIComponent), params: Object.fromEntries(new URLSearchParams(query || '')) };
}

function go(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  location.hash = '#/' + path + (q.toString() ? '?' + q : '');
}

async function route() {
  // Tests and tools wait for data-rendered to equal the hash: the view for it is complete.
  delete document.body.dataset.rendered;
  const hash = location.hash;
  const { parts, params } = parseHash();
  const page = parts[0] || 'search';
  try {
    if (page === 'search') await searchPage(params);
    else if (page === 'timeline') await timelinePage(params);
    else if (page === 'actors') await actorsPage();
    else if (page === 'network') await networkPage(params);
    else if (page === 'actor' && parts[1]) await actorPage(parts[1], params);
    else if (page === 'story' && parts[1]) await storyPage(parts[1]);
    else if (page === 'article' && parts[1]) await articlePage(parts[1]);
    else show(el('p', { class: 'error' }, 'No such page.'));
  } catch (e) { fail(e); }
  window.scrollTo(0, 0);
  if (location.hash === hash) document.body.dataset.rendered = hash;
}

// ---- search ---------------------------------------------------------------------------------

async function searchPage(p) {
  const type = p.type === 'article' ? 'article' : 'statement';
  const offset = Number(p.offset || 0);
  const other = type === 'statement' ? 'article' : 'statement';
  const [res, alt] = await Promise.all([
    api('search', { ...p, type, offset, limit: PAGE }),
    api('search', { ...pick(p, ['q', ...FILTERS]), type: other, limit: 1 })]);
  document.getElementById('quick-q').value = p.q || '';
  const count = (t, n) => (t === 'statement' ? 'Statements' : 'Articles') + ' (' + n + ')';
  const tabs = el('nav', { class: 'tabs', id: 'types' },
    el('span', { class: 'tab active', 'data-type': type }, count(type, res.total)),
    link(hashWith(p, { type: other, offset: '' }), count(other, alt.total), 'tab'));
  const form = searchForm(p, type);
  const chips = el('div', { class: 'chips' }, FILTERS.filter(f => p[f]).map(f =>
    el('span', { class: 'chip' }, f + ': ' + p[f], link(hashWith(p, { [f]: '', offset: '' }), '×'))));
  const hits = el('ol', { class: 'hits', id: 'results' }, res.hits.map(h => type === 'statement' ? statementHit(h) : articleHit(h)));
  const summary = el('p', { class: 'muted', id: 'total' }, res.total + (res.total === 1 ? ' hit' : ' hits'));
  show(form, tabs, el('div', { class: 'layout' },
    facetPanel(res.facets, p, res.facets_sampled),
    el('div', {}, chips, summary, res.hits.length ? hits : el('p', {}, 'Nothing found.'), pager(p, offset, res.total))));
}

function searchForm(p, type) {
  const q = el('input', { name: 'q', type: 'search', value: p.q || '', placeholder: 'Words, "a phrase", -exclude', maxlength: 500, 'aria-label': 'Query' });
  const t = el('select', { name: 'type', 'aria-label': 'Type' },
    el('option', { value: 'statement', selected: type === 'statement' }, 'Statements'),
    el('option', { value: 'article', selected: type === 'article' }, 'Articles'));
  const from = el('input', { name: 'from', type: 'date', value: p.from || '', 'aria-label': 'From' });
  const to = el('input', { name: 'to', type: 'date', value: p.to || '', 'aria-label': 'To' });
  return el('form', { class: 'searchform', id: 'search', on: { submit: e => {
    e.preventDefault();
    go('search', { ...pick(p, FILTERS), q: q.value, type: t.value, from: from.value, to: to.value });
  } } }, q, t, el('label', { class: 'muted' }, 'from'), from, el('label', { class: 'muted' }, 'to'), to, el('button', { type: 'submit' }, 'Search'));
}

function pick(o, keys) { return Object.fromEntries(keys.filter(k => o[k]).map(k => [k, o[k]])); }

function hashWith(p, changes) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...p, ...changes })) if (v) q.set(k, v);
  return '#/search?' + q;
}

// Sampled counts are estimates: shown with a tilde and said so in the tooltip.
function facetPanel(facets, p, sampled) {
  const title = sampled ? 'estimated from a random sample of the hits' : null;
  return el('aside', { class: 'facets', id: 'facets', title }, FACETS.filter(([dim]) => facets[dim]).map(([dim, label]) =>
    el('section', { 'data-facet': dim }, el('h3', {}, label), el('ul', {}, facets[dim].map(f =>
      el('li', { class: p[dim] === f.value ? 'active' : null },
        link(hashWith(p, { [dim]: p[dim] === f.value ? '' : f.value, offset: '' }), f.value),
        el('span', { class: 'count' }, (sampled ? '~' : '') + f.count)))))));
}

function statementHit(h) {
  return el('li', { class: 'hit statement-hit' },
    el('div', {}, el('span', { class: 'speaker' }, actorLink(h.speaker_id, h.speaker)), ' ', el('span', { class: 'meta' }, h.cue, ' · ', day(h.date))),
    el('blockquote', { class: 'sentence' }, h.sentence),
    el('div', { class: 'meta' }, articleLink(h.article, h.title), h.outlet ? ' — ' + h.outlet : '',
      h.topics.length ? ' · ' + h.topics.join(', ') : ''));
}

function articleHit(h) {
  return el('li', { class: 'hit article-hit' },
    el('div', {}, articleLink(h.id, h.title || '(untitled)')),
    el('div', { class: 'meta' }, [h.outlet, day(h.published)].filter(Boolean).join(' · '),
      h.story ? [' · ', link('#/story/' + encodeURIComponent(h.story), 'story')] : ''),
    el('p', { class: 'snippet' }, h.snippet));
}

function pager(p, offset, total) {
  const prev = offset > 0 ? link(hashWith(p, { offset: Math.max(0, offset - PAGE) }), '← previous') : null;
  const next = offset + PAGE < total ? link(hashWith(p, { offset: offset + PAGE }), 'next →') : null;
  return el('div', { class: 'pager' }, prev, total ? el('span', { class: 'muted' }, (offset + 1) + '–' + Math.min(total, offset + PAGE) + ' of ' + total) : null, next);
}

// ---- timeline -------------------------------------------------------------------------------

const TIMELINE_FILTERS = ['actor', 'with', 'type', 'status', 'from', 'to'];
const STATUS_CHOICES = [['', 'Any status'], ['happened', 'Happened'], ['ongoing', 'Ongoing'], ['scheduled', 'Scheduled'],
  ['proposed', 'Proposed'], ['scheduled,proposed', 'Not yet (scheduled, proposed)']];

// Scheduled and proposed engagements have not happened: a badge and a muted entry keep them apart.
function statusBadge(status) {
  return el('span', { class: 'status status-' + status, title: 'status: ' + status }, status);
}

function parties(list) { return joinNodes(list.map(x => actorLink(x.id || x.name, x.name)), ', '); }

// Visitor → host, caller → called; everyone as actors when the encounter is symmetric.
function whoOnWhom(e) {
  const actors = el('span', { class: 'actors' }, parties(e.actors || []));
  return (e.recipients || []).length ? [actors, el('span', { class: 'arrow' }, ' → '),
    el('span', { class: 'recipients' }, parties(e.recipients))] : actors;
}

function timelineEntry(e) {
  const planned = e.status === 'scheduled' || e.status === 'proposed';
  return el('li', { class: 'engagement status-' + e.status + (planned ? ' planned' : ''), 'data-status': e.status },
    el('div', {}, el('span', { class: 'date' }, e.date || 'undated'), statusBadge(e.status), el('span', { class: 'type' }, e.type.replace(/_/g, ' ')),
      whoOnWhom(e), e.place ? el('span', { class: 'muted' }, ' in ' + e.place) : ''),
    el('div', { class: 'meta' }, e.evidence),
    el('div', { class: 'meta sources' }, 'reported by ', joinNodes(e.sources.map(src => el('span', { class: 'source' },
      articleLink(src.article, src.title || '(untitled)'), src.outlet ? ' — ' + src.outlet : '')), '; ')));
}

async function timelinePage(p) {
  const offset = Number(p.offset || 0);
  const filters = pick(p, TIMELINE_FILTERS);
  const [res, fig] = await Promise.all([
    api('engagements', { ...filters, offset, limit: 50 }),
    chart('engagements.svg', filters, 'Engagements a month, by type (copies of one report counted once). Click a bar to list them.')]);
  const actor = el('input', { name: 'actor', value: p.actor || '', placeholder: 'Participant (name or id)', 'aria-label': 'Participant' });
  const status = el('select', { name: 'status', id: 'status-filter', 'aria-label': 'Status' },
    STATUS_CHOICES.map(([v, label]) => el('option', { value: v, selected: (p.status || '') === v }, label)));
  const from = el('input', { name: 'from', type: 'date', value: p.from || '', 'aria-label': 'From' });
  const to = el('input', { name: 'to', type: 'date', value: p.to || '', 'aria-label': 'To' });
  const submit = () => go('timeline', { ...pick(p, ['with', 'type']), actor: actor.value, status: status.value, from: from.value, to: to.value });
  status.addEventListener('change', submit);
  const form = el('form', { class: 'searchform', on: { submit: e => { e.preventDefault(); submit(); } } },
    actor, status, from, to, el('button', { type: 'submit' }, 'Show'));
  const chips = el('div', { class: 'chips', id: 'filters' }, TIMELINE_FILTERS.filter(f => p[f]).map(f =>
    el('span', { class: 'chip' }, f + ': ' + p[f], link(timelineWith(p, { [f]: '' }), '×'))));
  const items = res.entries.map(timelineEntry);
  show(el('h1', {}, 'Timeline of engagements'),
    el('p', { class: 'muted' }, 'Who met, phoned or visited whom (actor → recipient), in date order. Reports of one engagement are merged; scheduled and proposed ones are marked.'),
    form, chips, fig, el('p', { class: 'muted', id: 'total' }, res.total + ' engagements'),
    items.length ? el('ol', { class: 'timeline', id: 'timeline' }, items) : el('p', {}, 'No engagements found.'),
    timelinePager(p, offset, res.total));
}

function timelineWith(p, changes) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...p, ...changes })) if (v) q.set(k, v);
  return '#/timeline' + (q.toString() ? '?' + q : '');
}

function timelinePager(p, offset, total) {
  const prev = offset > 0 ? link(timelineWith(p, { offset: Math.max(0, offset - 50) }), '← earlier') : null;
  const next = offset + 50 < total ? link(timelineWith(p, { offset: offset + 50 }), 'later →') : null;
  return prev || next ? el('div', { class: 'pager' }, prev, next) : '';
}

// ---- network --------------------------------------------------------------------------------

async function networkPage(p) {
  const filters = pick(p, ['actor', 'from', 'to']);
  const fig = await chart('network.svg', { ...filters, limit: 30 },
    'Who met whom: a line joins two actors who took part in the same engagement, as thick as the engagements they shared. Click an actor for their page, a line for those engagements.');
  const from = el('input', { name: 'from', type: 'date', value: p.from || '', 'aria-label': 'From' });
  const to = el('input', { name: 'to', type: 'date', value: p.to || '', 'aria-label': 'To' });
  const form = el('form', { class: 'searchform', on: { submit: e => { e.preventDefault(); go('network', { ...pick(p, ['actor']), from: from.value, to: to.value }); } } },
    el('label', { class: 'muted' }, 'from'), from, el('label', { class: 'muted' }, 'to'), to, el('button', { type: 'submit' }, 'Show'));
  show(el('h1', {}, 'Who met whom' + (p.actor ? ': ' + p.actor : '')), form, fig);
}

function joinNodes(nodes, sep) { return nodes.flatMap((n, i) => i ? [sep, n] : [n]); }

// ---- actors ---------------------------------------------------------------------------------

async function actorsPage() {
  const res = await api('actors', { limit: 100 });
  show(el('h1', {}, 'Actors'), el('table', { id: 'actors' },
    el('tr', {}, el('th', {}, 'Name'), el('th', {}, 'Kind'), el('th', {}, 'Country'), el('th', {}, 'Articles'), el('th', {}, 'Statements')),
    res.actors.map(a => el('tr', {}, el('td', {}, actorLink(a.id, a.name)), el('td', {}, a.kind), el('td', {}, a.country || ''), el('td', {}, a.articles), el('td', {}, a.statements)))));
}

async function actorPage(id) {
  const res = await api('actors/' + encodeURIComponent(id) + '/statements', { limit: 100, order: 'oldest' });
  const a = res.actor;
  const groups = new Map();
  for (const h of res.hits) for (const t of (h.topics.length ? h.topics : ['(no topic)'])) {
    if (!groups.has(t)) groups.set(t, []);
    groups.get(t).push(h);
  }
  const [engagements, network, statements] = await Promise.all([
    chart('engagements.svg', { actor: a.id }, 'Engagements a month, by type. Click a bar to list them.'),
    chart('network.svg', { actor: a.id, limit: 30 }, 'Whom ' + a.name + ' met, and who else took part. Click a line for those engagements.'),
    chart('actors/' + encodeURIComponent(a.id) + '/statements.svg', {}, 'Statements a month, by topic (a statement on two topics counts under each). Click a bar to read them.')]);
  engagements.id = 'engagements-chart';
  network.id = 'network-chart';
  statements.id = 'statements-chart';
  show(el('h1', {}, a.name),
    el('p', { class: 'meta' }, [a.kind, a.titles.join(', '), a.country].filter(Boolean).join(' · ')),
    el('p', {}, link('#/timeline?actor=' + encodeURIComponent(a.id), 'Engagements'), ' · ',
      link('#/network?actor=' + encodeURIComponent(a.id), 'Network'), ' · ',
      link(hashWith({ type: 'statement', speaker: a.id }, {}), 'Search statements'), ' · ',
      el('span', { class: 'muted' }, a.articles + ' articles, ' + a.statements + ' statements')),
    el('h2', {}, 'Engagements over time'), engagements,
    el('h2', {}, 'Who they met'), network,
    el('h2', {}, 'Statements over time, by topic'), statements,
    res.hits.length ? [...groups].map(([topic, hits]) => el('section', { class: 'topic-group', 'data-topic': topic },
      el('h3', {}, topic + ' (' + hits.length + ')'),
      el('ol', { class: 'hits' }, hits.map(h => el('li', { class: 'hit statement' },
        el('span', { class: 'date' }, day(h.date)), ' ', el('blockquote', { class: 'sentence' }, h.sentence),
        el('div', { class: 'meta' }, articleLink(h.article, h.title), h.outlet ? ' — ' + h.outlet : '')))))) : el('p', {}, 'No statements recorded.'),
    res.total > res.hits.length ? el('p', { class: 'muted' }, 'Showing the first ' + res.hits.length + ' of ' + res.total + '.') : '');
}

// ---- story ----------------------------------------------------------------------------------

async function storyPage(id) {
  const s = await api('stories/' + encodeURIComponent(id));
  const rows = s.copies.map(c => el('tr', { class: 'copy', 'data-article': c.article },
    el('td', {}, articleLink(c.article, c.title || '(untitled)'), c.title ? '' : el('div', { class: 'muted' }, c.source),
      c.article === s.canonical ? el('div', { class: 'muted canonical' }, 'most complete copy') : ''),
    el('td', {}, c.outlet || ''), el('td', {}, day(c.published)), el('td', {}, Math.round(c.similarity * 100) + '%'),
    el('td', {}, c.cut.length ? el('details', {}, el('summary', {}, c.cut.length + ' paragraph(s) cut'), c.cut.map(t => el('p', { class: 'cut' }, t))) : '—',
      c.added.length ? el('details', {}, el('summary', {}, c.added.length + ' paragraph(s) added'), c.added.map(t => el('p', {}, t))) : '')));
  show(el('h1', {}, 'Story: ' + (s.copies[0] && s.copies[0].title || s.id)),
    el('p', { class: 'meta' }, s.copies.length + ' copies · outlets: ' + (s.outlets.join(', ') || 'unknown') + (s.agencies.length ? ' · agencies: ' + s.agencies.join(', ') : '')),
    el('table', { id: 'copies' }, el('tr', {}, el('th', {}, 'Copy'), el('th', {}, 'Outlet'), el('th', {}, 'Published'), el('th', {}, 'Similarity'), el('th', {}, 'What it cut')), rows));
}

// ---- article --------------------------------------------------------------------------------

async function articlePage(id) {
  const a = await api('articles/' + encodeURIComponent(id));
  const spans = [];
  for (const s of a.statements || []) if (s.sentence_span) spans.push({ ...s.sentence_span, cls: 'statement', title: s.speaker + ' ' + s.cue });
  for (const ac of a.actors || []) for (const m of ac.mentions || []) spans.push({ ...m, cls: 'actor', title: ac.name });
  show(
    el('h1', { id: 'title' }, a.title || '(untitled)'),
    el('p', { class: 'meta' }, [a.outlet, a.agency, a.published && day(a.published), a.dateline && a.dateline.place].filter(Boolean).join(' · '),
      a.story ? [' · ', link('#/story/' + encodeURIComponent(a.story), 'story and copies')] : '',
      a.url ? [' · ', el('a', { href: a.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original')] : ''),
    a.summary ? el('p', { class: 'summary' }, a.summary) : '',
    spans.length ? el('p', { class: 'legend muted' }, el('mark', { class: 'statement' }, 'statement'), ' ', el('mark', { class: 'actor' }, 'actor')) : '',
    el('div', { class: 'body', id: 'body' }, highlighted(a.body || '', spans)),
    (a.captions || []).length ? el('details', {}, el('summary', {}, 'Captions'), a.captions.map(c => el('p', {}, c))) : '',
    section('Statements', (a.statements || []).map(s => el('li', { class: 'statement' },
      el('span', { class: 'speaker' }, actorLink(s.speaker_id, s.speaker)), ' ', el('span', { class: 'meta' }, s.cue + (s.date ? ' · ' + s.date : '')),
      el('blockquote', {}, s.content)))),
    section('Engagements', (a.engagements || []).map(e => el('li', { class: 'engagement status-' + e.status },
      el('strong', {}, e.date || 'undated'), statusBadge(e.status), el('span', { class: 'type' }, e.type.replace(/_/g, ' ')), whoOnWhom(e), e.place ? ' in ' + e.place : ''))),
    section('Actors', (a.actors || []).map(ac => el('li', {}, actorLink(ac.id, ac.name), el('span', { class: 'muted' }, ' ' + [ac.kind, (ac.titles || []).join(', '), ac.country].filter(Boolean).join(' · '))))),
    (a.removed || []).length ? el('details', { id: 'removed' }, el('summary', {}, 'Removed boilerplate (' + a.removed.length + ')'),
      el('table', {}, a.removed.map(r => el('tr', {}, el('td', { class: 'muted' }, r.reason), el('td', {}, r.text))))) : '');
}

function section(title, items) {
  return items.length ? [el('h2', {}, title), el('ul', { class: 'plain' }, items)] : '';
}

// Paragraphs of the body with spans marked. Spans are offsets into the body; overlapping spans
// keep the first (statements before actors), so the text is never duplicated or reordered.
function highlighted(body, spans) {
  const sorted = spans.filter(s => s.end > s.start && s.end <= body.length).sort((x, y) => x.start - y.start || (x.cls === 'statement' ? -1 : 1));
  const kept = [];
  let end = 0;
  for (const s of sorted) if (s.start >= end) { kept.push(s); end = s.end; }
  const paragraphs = [];
  let at = 0;
  for (const text of body.split('\n\n')) { paragraphs.push({ start: at, end: at + text.length }); at += text.length + 2; }
  return paragraphs.map(p => {
    const node = el('p', {});
    let pos = p.start;
    for (const s of kept) {
      if (s.end <= p.start || s.start >= p.end) continue;
      const from = Math.max(s.start, p.start), to = Math.min(s.end, p.end);
      if (from > pos) append(node, [body.slice(pos, from)]);
      append(node, [el('mark', { class: s.cls, title: s.title }, body.slice(from, to))]);
      pos = to;
    }
    if (pos < p.end) append(node, [body.slice(pos, p.end)]);
    return node;
  });
}

// ---- start ----------------------------------------------------------------------------------

async function footer() {
  try {
    const s = await api('stats');
    document.getElementById('stats').textContent =
      `${s.articles} articles · ${s.stories} stories · ${s.statements} statements · ${s.engagements} engagement reports · ${s.actors} actors · ${s.outlets} outlets` +
      (s.first ? ` · ${s.first} to ${s.last}` : '');
  } catch (e) { /* the footer is optional */ }
}

document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('quick').addEventListener('submit', e => {
    e.preventDefault();
    go('search', { q: document.getElementById('quick-q').value, type: 'statement' });
  });
  window.addEventListener('hashchange', route);
  route();
  footer();
});
