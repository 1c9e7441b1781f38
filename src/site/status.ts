/**
 * The translation status page (status.html): every locale at a glance, and per locale what is
 * left to do. The figures are the report the build writes (content/i18n-status.json, computed by
 * src/compiler/status.ts: the same numbers `npm run i18n:status` prints); the words are UI strings
 * of the chosen language (section `status`); numbers are written by Intl in that language.
 */
import { LOCALES, SOURCE_LOCALE, directionOf, intlTag, matchLocale } from '../shared/locales.ts';
import type { Count, I18nStatus, LocaleStatus } from '../shared/i18n-status.ts';
import { fetchUiStrings, type Translate } from './ui-strings.ts';

/** STATUS_FILE of src/shared/i18n-status.ts; written here so the page pulls no module into the widgets' shared chunk. */
const REPORT_FILE = 'content/i18n-status.json';

const base = new URL('./', document.baseURI).href;
const params = new URLSearchParams(location.search);
const langSelect = document.getElementById('lang') as HTMLSelectElement;
const state = document.getElementById('report-state') as HTMLElement;
const matrix = document.getElementById('matrix') as HTMLTableElement;
const details = document.getElementById('details') as HTMLElement;

type Children = (Node | string | false | undefined)[];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Children): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) if (child !== false && child !== undefined) node.append(child);
  return node;
}

/** A locale's own name, marked with its language so a screen reader reads it in that language. */
const nativeName = (locale: LocaleStatus) => el('span', { lang: locale.code, dir: directionOf(locale.code) }, locale.name);

const STATES = ['reviewed', 'machine', 'stale', 'missing'] as const;
type Summary = Record<(typeof STATES)[number] | 'total', Count>;

let t: Translate = (key) => key;
let numbers = new Intl.NumberFormat(SOURCE_LOCALE);
let percents = [new Intl.NumberFormat(SOURCE_LOCALE, { style: 'percent' })];
let lists = new Intl.ListFormat(SOURCE_LOCALE);

const number = (value: number) => numbers.format(value);

/**
 * A share, rounded down: never "100 %" while something is left, never "0 %" once something is
 * done (one decimal near both ends, and "< 0.1 %" below that).
 */
function percent(part: number, whole: number): string {
  if (!whole || part >= whole) return percents[0].format(1);
  const share = Math.floor((part / whole) * 1000) / 1000;
  if (part > 0 && share === 0) return `< ${percents[1].format(0.001)}`;
  return percents[share < 0.01 || share > 0.99 ? 1 : 0].format(share);
}

/** A translated sentence with one placeholder replaced by a node (a native name inside a page-language sentence). */
function sentence(key: string, name: string, node: Node, vars: Record<string, string> = {}): Children {
  const marker = '\u0000';
  const [before, after = ''] = t(key, { ...vars, [name]: marker }).split(marker);
  return [before, node, after];
}

/** Proportions as a bar beside the figures it repeats (hidden from screen readers, which read the figures). */
function bar(parts: [string, number][]): HTMLElement {
  const total = parts.reduce((sum, [, value]) => sum + value, 0);
  const node = el('span', { class: 'bar', 'aria-hidden': 'true' });
  for (const [kind, value] of parts) {
    if (!value) continue;
    const segment = el('span', { class: `bar-${kind}` });
    segment.style.inlineSize = `${(value / total) * 100}%`;
    node.append(segment);
  }
  return node;
}

function contentCell(summary: Summary, collection: string): HTMLTableCellElement {
  const done = summary.reviewed.items + summary.machine.items;
  const counts = STATES.filter((s) => summary[s].items > 0).map((s) =>
    el('li', { 'data-state': s }, t('status.count', { label: t(`status.${s}`), count: number(summary[s].items) })),
  );
  return el(
    'td',
    { 'data-collection': collection },
    el('span', { class: 'cell-main' }, t('status.ofTotal', { done: number(done), total: number(summary.total.items) })),
    el('span', { class: 'cell-words' }, t('status.wordsShare', { percent: percent(summary.reviewed.words + summary.machine.words, summary.total.words) })),
    bar(STATES.map((s) => [s, summary[s].words])),
    el('ul', { class: 'cell-counts' }, ...counts),
  );
}

function uiCell(locale: LocaleStatus): HTMLTableCellElement {
  const ui = locale.ui;
  const counts: [string, number][] = [
    [ui.status, ui.current],
    ['stale', ui.stale],
    ['missing', ui.missing],
  ];
  return el(
    'td',
    { 'data-collection': 'ui' },
    el('span', { class: 'cell-main' }, t('status.ofTotal', { done: number(ui.current), total: number(ui.total) })),
    bar(counts),
    el(
      'ul',
      { class: 'cell-counts' },
      ...counts.filter(([, n]) => n > 0).map(([s, n]) => el('li', { 'data-state': s }, t('status.count', { label: t(`status.${s}`), count: number(n) }))),
    ),
  );
}

const PROGRESS = { complete: 'status.complete', partial: 'status.partial', 'not-started': 'status.notStarted' } as const;

/** Complete, partial or not started; and "new" for a locale still marked draft in locales.json. */
function badges(locale: LocaleStatus): HTMLElement {
  const progress = locale.progress;
  return el(
    'span',
    { class: 'badges' },
    el('span', { class: 'badge', 'data-progress': progress }, t(PROGRESS[progress])),
    locale.draft && el('span', { class: 'badge', 'data-progress': 'draft' }, t('status.draft')),
  );
}

function renderMatrix(report: I18nStatus): void {
  const collections = Object.keys(report.locales[0]?.collections ?? {}) as (keyof LocaleStatus['collections'])[];
  const header = el(
    'tr',
    {},
    el('th', { scope: 'col' }, t('status.languageColumn')),
    ...collections.map((c) => el('th', { scope: 'col' }, t(`status.${c}`))),
    el('th', { scope: 'col' }, t('status.allContent')),
    el('th', { scope: 'col' }, t('status.ui')),
  );
  matrix.tHead!.replaceChildren(header);
  matrix.tBodies[0].replaceChildren(
    ...report.locales.map((locale) =>
      el(
        'tr',
        { 'data-locale': locale.code },
        el('th', { scope: 'row' }, el('a', { href: `#locale-${locale.code}` }, nativeName(locale)), ' ', el('code', {}, locale.code), badges(locale)),
        ...collections.map((c) => contentCell(locale.collections[c], c)),
        contentCell(locale.content, 'all'),
        uiCell(locale),
      ),
    ),
  );
}

/** A heading (a string with `{{count}}`) and one line per file or key, or nothing when the list is empty. */
function list(heading: string, items: Children[], vars: Record<string, string> = {}): Children {
  if (!items.length) return [];
  return [el('h3', {}, t(heading, { ...vars, count: number(items.length) })), el('ul', { class: 'todo' }, ...items.map((parts) => el('li', {}, ...parts)))];
}

const code = (text: string) => el('code', {}, text);

function renderDetails(report: I18nStatus): void {
  const sections = report.locales.map((locale) => {
    const collections = Object.keys(locale.collections) as (keyof LocaleStatus['collections'])[];
    const all = collections.flatMap((c) => locale.collections[c].items);
    const { content, ui } = locale;
    const wordsTable = el(
      'table',
      { class: 'words' },
      el('caption', {}, ...sentence('status.wordsCaption', 'language', nativeName(locale))),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('status.collection')), ...[...STATES, 'total'].map((s) => el('th', { scope: 'col' }, t(`status.${s}`))))),
      el(
        'tbody',
        {},
        ...[...collections.map((c) => [t(`status.${c}`), locale.collections[c]] as const), [t('status.allContent'), content] as const].map(([label, summary]) =>
          el('tr', {}, el('th', { scope: 'row' }, label), ...[...STATES, 'total' as const].map((s) => el('td', {}, number(summary[s].words)))),
        ),
      ),
    );
    const todo = [
      ...list(
        'status.staleList',
        all.filter((i) => i.state === 'stale').map((i) => [code(i.file), ' ', code(`translation.from: "${i.from}" → "${i.hash}"`)]),
      ),
      ...list(
        'status.linkedList',
        locale.linkedTerms.map((term) => [code(term.file), ' ', code(`translation.from: "${term.hash}"`), ' ', t('status.linkedFrom', { cards: lists.format(term.cards) })]),
      ),
      ...list(
        'status.missingList',
        all.filter((i) => i.state === 'missing').map((i) => [code(i.file), ' ', code(`translation.from: "${i.hash}"`)]),
      ),
      ...list(
        'status.uiList',
        ui.keys
          .filter((k) => k.state === 'stale' || k.state === 'missing')
          .map((k) => [code(k.key), ' ', t(`status.${k.state}`), ': ', el('q', { lang: report.source }, k.english)]),
        { file: ui.file },
      ),
      ...list('status.unusedList', ui.unused.map((key) => [code(key)]), { file: ui.file }),
    ];
    return el(
      'details',
      { id: `locale-${locale.code}`, 'data-locale': locale.code },
      el('summary', {}, ...sentence('status.details', 'language', nativeName(locale))),
      el(
        'p',
        {},
        t('status.headline', { current: percent(content.reviewed.words + content.machine.words, content.total.words), reviewed: percent(content.reviewed.words, content.total.words) }),
        ' ',
        badges(locale),
      ),
      el('div', { class: 'words-scroll', role: 'region', 'aria-label': t('status.wordsCaption', { language: locale.name }), tabindex: '0' }, wordsTable),
      ...(todo.length ? todo : [el('p', {}, t('status.nothingToDo'))]),
    );
  });
  details.replaceChildren(el('h2', {}, t('status.detailsHeading')), ...sections);
  openFromHash();
}

/** A link to `#locale-fi` (the matrix's row headers) opens that locale's details. */
function openFromHash(): void {
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (target instanceof HTMLDetailsElement) target.open = true;
}

let loading: Promise<I18nStatus> | undefined;

async function render(): Promise<void> {
  const lang = langSelect.value;
  loading ??= fetch(new URL(REPORT_FILE, base)).then((response) => {
    if (!response.ok) throw new Error(`${response.status}`);
    return response.json() as Promise<I18nStatus>;
  });
  const translate = await fetchUiStrings(base, lang);
  if (lang !== langSelect.value) return; // a later choice won
  t = translate;
  const tag = intlTag(lang);
  numbers = new Intl.NumberFormat(tag);
  percents = [new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 }), new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 })];
  lists = new Intl.ListFormat(tag);
  document.documentElement.lang = lang;
  document.documentElement.dir = directionOf(lang);
  document.title = t('status.title');
  for (const node of document.querySelectorAll<HTMLElement>('[data-ui]')) node.textContent = t(node.dataset.ui!);
  (document.getElementById('gallery-link') as HTMLAnchorElement).href = `index.html?${new URLSearchParams({ lang })}`;
  let data: I18nStatus;
  try {
    data = await loading;
  } catch {
    loading = undefined;
    state.textContent = t('status.loadFailed');
    return;
  }
  renderMatrix(data);
  renderDetails(data);
  state.hidden = true;
  matrix.parentElement!.hidden = false;
  document.getElementById('matrix-help')!.hidden = false;
}

for (const locale of LOCALES) {
  const option = new Option(locale.name, locale.code);
  option.lang = locale.code;
  langSelect.add(option);
}
langSelect.value = matchLocale(params.get('lang')) ?? SOURCE_LOCALE;
langSelect.addEventListener('change', () => {
  history.replaceState(null, '', `?${new URLSearchParams({ lang: langSelect.value })}${location.hash}`);
  void render();
});
addEventListener('hashchange', openFromHash);
void render();
