/**
 * The configurator (index.html): choose a widget, its content and every attribute it takes,
 * a language, a theme and an accent colour; see it live; copy the script snippet, the iframe
 * snippet or the link. It uses the kit only through its public elements and files, as an
 * embedding page would, and all its own words come from the UI strings of the chosen language.
 */
import { LOCALES, SOURCE_LOCALE, directionOf, matchLocale } from '../shared/locales.ts';
import { catalogPaths, type CatalogIndex, type CompiledGlossary } from '../shared/catalog.ts';
import {
  WIDGETS,
  WIDGET_NAMES,
  WIDGET_PARAMETERS,
  embedUrl,
  escapeHtml,
  fallbackHtml,
  iframeHtml,
  isSafeUrl,
  type EmbedChoice,
  type WidgetName,
} from '../shared/embed.ts';
import { fetchUiStrings, type Translate } from './ui-strings.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('config');
const widgetSelect = $<HTMLSelectElement>('widget');
const langSelect = $<HTMLSelectElement>('lang');
const themeSelect = $<HTMLSelectElement>('theme');
const useAccent = $<HTMLInputElement>('use-accent');
const accentInput = $<HTMLInputElement>('accent');
const preview = $<HTMLElement>('preview');
const base = new URL('./', document.baseURI).href;
const params = new URLSearchParams(location.search);

/** An entry of a content list: its slug, its title in the chosen language and that title's language. */
interface Item {
  slug: string;
  title: string;
  lang: string;
}
interface Lists {
  index: CatalogIndex;
  cards: Item[];
  quizzes: Item[];
  terms: Item[];
  topics: Item[];
  regions: Item[];
  tags: Item[];
  objects: Item[];
}

let t: Translate = (key) => key;
let lists: Lists | undefined;
let available: readonly string[] = [];

// The kit's own matching: `pt-BR` shows Portuguese, an unknown tag English.
for (const locale of LOCALES) {
  const option = new Option(locale.name, locale.code);
  option.lang = locale.code;
  langSelect.add(option);
}
langSelect.value = matchLocale(params.get('lang')) ?? SOURCE_LOCALE;
if (['auto', 'light', 'dark'].includes(params.get('theme') ?? '')) themeSelect.value = params.get('theme')!;
const accentParam = params.get('accent');
if (accentParam && /^#[0-9a-f]{6}$/i.test(accentParam)) {
  useAccent.checked = true;
  accentInput.value = accentParam;
}

/** A searchable list: a search box that filters a listbox, and how many entries match. */
class Picker {
  readonly param: string;
  readonly list: keyof Omit<Lists, 'index'>;
  readonly select = document.createElement('select');
  private readonly search = document.createElement('input');
  private readonly label = document.createElement('label');
  private readonly searchLabel = document.createElement('label');
  private readonly matches = document.createElement('span');
  private items: Item[] = [];
  /** For a list of several choices: what is chosen, shown by the filter or not. */
  private readonly chosen = new Set<string>();

  constructor(readonly root: HTMLElement) {
    this.param = root.dataset.param!;
    this.list = root.dataset.list as Picker['list'];
    const id = `pick-${this.param}`;
    this.select.id = id;
    this.select.name = this.param;
    this.select.size = 6;
    this.select.multiple = 'multiple' in root.dataset;
    this.select.addEventListener('change', () => {
      if (!this.select.multiple) return;
      for (const option of this.select.options) option.selected ? this.chosen.add(option.value) : this.chosen.delete(option.value);
    });
    this.label.htmlFor = id;
    this.search.type = 'search';
    this.search.id = `${id}-search`;
    this.search.setAttribute('aria-controls', id);
    this.search.setAttribute('aria-describedby', `${id}-matches`);
    this.searchLabel.htmlFor = this.search.id;
    this.searchLabel.className = 'search-label';
    this.matches.id = `${id}-matches`;
    this.matches.className = 'matches';
    this.matches.setAttribute('aria-live', 'polite');
    this.search.addEventListener('input', () => this.filter());
    root.append(this.label, this.searchLabel, this.search, this.select, this.matches);
  }

  get value(): string {
    if (this.select.multiple) return this.items.filter((item) => this.chosen.has(item.slug)).map((item) => item.slug).join(',');
    return this.select.value;
  }

  set value(slug: string) {
    this.select.value = slug;
  }

  fill(items: Item[], wanted: string | null): void {
    const previous = wanted ?? this.select.value;
    this.items = items;
    this.label.textContent = t(this.root.dataset.label!);
    this.searchLabel.textContent = t('gallery.search');
    const slugs = new Set(items.map((i) => i.slug));
    if (this.select.multiple) {
      const keep = (previous ?? '').split(',').filter((slug) => slugs.has(slug));
      this.chosen.clear();
      keep.forEach((slug) => this.chosen.add(slug));
      this.filter();
      return;
    }
    this.filter();
    if (previous && slugs.has(previous)) this.select.value = previous;
    else this.select.value = this.root.dataset.empty ? '' : (items[0]?.slug ?? '');
  }

  private filter(): void {
    const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(langSelect.value);
    const query = fold(this.search.value.trim());
    const chosen = this.select.value;
    const shown = this.items.filter((item) => !query || fold(item.title).includes(query) || item.slug.includes(query));
    const options = shown.map((item) => {
      const option = new Option(item.title, item.slug, false, this.chosen.has(item.slug));
      option.lang = item.lang;
      return option;
    });
    if (this.root.dataset.empty) options.unshift(new Option(t(this.root.dataset.empty), ''));
    this.select.replaceChildren(...options);
    if ([...this.select.options].some((o) => o.value === chosen)) this.select.value = chosen;
    this.matches.textContent = query ? t('gallery.matches', { count: String(shown.length), total: String(this.items.length) }) : '';
  }
}

const pickers = [...document.querySelectorAll<HTMLElement>('.picker')].map((root) => new Picker(root));
const pickerFor = (param: string) => pickers.find((p) => p.param === param);

async function loadLists(lang: string): Promise<Lists> {
  const fetchJson = async <T>(path: string) => (await (await fetch(new URL(path, base))).json()) as T;
  const [index, glossary] = await Promise.all([fetchJson<CatalogIndex>(catalogPaths.index(lang)), fetchJson<CompiledGlossary>(catalogPaths.glossary(lang))]);
  const collator = new Intl.Collator(lang);
  const byTitle = (a: Item, b: Item) => collator.compare(a.title, b.title);
  // Objects arrive with <ore-explorer>; until then the catalog has none.
  const objects = ((index as unknown as { objects?: { slug: string; title?: string; name?: string; lang: string }[] }).objects ?? []).map((o) => ({
    slug: o.slug,
    title: o.title ?? o.name ?? o.slug,
    lang: o.lang,
  }));
  const tags = [...new Set(index.cards.flatMap((card) => card.tags))].map((tag) => ({ slug: tag, title: tag, lang: SOURCE_LOCALE }));
  return {
    index,
    cards: index.cards.map((c) => ({ slug: c.slug, title: c.title, lang: c.lang })).sort(byTitle),
    quizzes: index.quizzes.map((q) => ({ slug: q.slug, title: q.title, lang: q.lang })).sort(byTitle),
    terms: glossary.terms.map((term) => ({ slug: term.slug, title: term.term, lang: term.lang })),
    topics: index.topics.map((topic) => ({ slug: topic.slug, title: topic.title, lang: topic.lang })),
    regions: index.regions.map((r) => ({ slug: r.slug, title: r.name, lang: r.lang })),
    tags: tags.sort(byTitle),
    objects: objects.sort(byTitle),
  };
}

const widgetLabel = (widget: WidgetName) => t(`gallery.widget${widget[0].toUpperCase()}${widget.slice(1)}`);

function translatePage(lang: string): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = directionOf(lang);
  document.title = t('gallery.title');
  for (const node of document.querySelectorAll<HTMLElement>('[data-ui]')) node.textContent = t(node.dataset.ui!);
  $<HTMLAnchorElement>('status-link').href = `status.html?${new URLSearchParams({ lang })}`;
  const chosen = widgetSelect.value || params.get('widget') || 'card';
  widgetSelect.replaceChildren(...WIDGET_NAMES.filter((w) => available.includes(WIDGETS[w])).map((w) => new Option(widgetLabel(w), w)));
  widgetSelect.value = [...widgetSelect.options].some((o) => o.value === chosen) ? chosen : 'card';
}

/** What the form says, as the parameters of the chosen widget. */
function currentChoice(): EmbedChoice {
  const widget = widgetSelect.value as WidgetName;
  const attributes: Record<string, string> = {};
  for (const param of Object.keys(WIDGET_PARAMETERS[widget])) {
    const picker = pickerFor(param);
    if (picker) {
      if (picker.value) attributes[param] = picker.value;
      continue;
    }
    const input = form.elements.namedItem(param) as HTMLInputElement | HTMLSelectElement | null;
    if (!input) continue;
    if (input instanceof HTMLInputElement && input.type === 'checkbox') {
      if (input.checked) attributes[param] = '';
    } else if (param === 'href') {
      if (input.value.trim() && isSafeUrl(input.value.trim())) attributes[param] = input.value.trim();
    } else if (param === 'heading-level') {
      if (input.value !== '2') attributes[param] = input.value;
    } else if (param === 'variant' || param === 'layout') {
      if (input instanceof HTMLSelectElement && input.selectedIndex > 0) attributes[param] = input.value;
    } else if (param === 'interval') {
      if (input.value && input.value !== '8' && Number(input.value) > 0) attributes[param] = input.value;
    } else if (input.value && Number(input.value) > 0) attributes[param] = input.value;
  }
  attributes.lang = langSelect.value;
  attributes.theme = themeSelect.value;
  return { widget, attributes, ...(useAccent.checked ? { accent: accentInput.value } : {}) };
}

/** The static page that stands in for the widget where scripts or iframes are stripped. */
function fallbackFor(choice: EmbedChoice, index: CatalogIndex): { href: string; text: string; lang: string } {
  const lang = choice.attributes.lang;
  const a = choice.attributes;
  const page = (path: string, text: string, textLang: string) => ({ href: new URL(path, base).href, text, lang: textLang });
  const topicPage = (slug: string | undefined) => {
    const topic = index.topics.find((tp) => tp.slug === slug) ?? index.topics[0];
    return page(catalogPaths.topicPage(lang, topic.slug), topic.title, topic.lang);
  };
  switch (choice.widget) {
    case 'card': {
      const card = index.cards.find((c) => c.slug === a.card) ?? index.cards[0];
      return page(catalogPaths.cardPage(lang, card.slug), card.title, card.lang);
    }
    case 'quiz': {
      const quiz = index.quizzes.find((q) => q.slug === a.quiz) ?? index.quizzes[0];
      return page(catalogPaths.quizPage(lang, quiz.slug), quiz.title, quiz.lang);
    }
    case 'glossary': {
      const term = lists?.terms.find((x) => x.slug === a.term);
      const glossary = page(catalogPaths.glossaryPage(lang), term?.title ?? t('glossary.label'), term?.lang ?? lang);
      return term ? { ...glossary, href: `${glossary.href}#term-${term.slug}` } : glossary;
    }
    case 'deck':
    case 'banner': {
      if (a.topic) return topicPage(a.topic);
      const tag = a.tags?.split(',')[0];
      const card = index.cards.find((c) => (a.region ? c.regions.includes(a.region) : tag ? c.tags.includes(tag) : true));
      return topicPage(card?.topic);
    }
    case 'explorer': {
      // The object's own page: readable without JavaScript, printable as a classroom poster.
      const object = lists?.objects.find((o) => o.slug === a.object) ?? index.objects?.find((o) => o.slug === a.object) ?? index.objects?.[0];
      if (!object) return page(`index.html?${new URLSearchParams({ widget: 'explorer', lang })}`, widgetLabel('explorer'), lang);
      return page(catalogPaths.objectPage(lang, object.slug), object.title, object.lang);
    }
  }
}

function snippets(choice: EmbedChoice, index: CatalogIndex): { script: string; iframe: string; link: string } {
  const tag = WIDGETS[choice.widget];
  const fallback = fallbackFor(choice, index);
  const attributes = Object.entries(choice.attributes)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
  const style = choice.accent ? ` style="--ore-color-accent: ${escapeHtml(choice.accent)}"` : '';
  const script = `<script type="module" src="${base}ore-kit.js"></script>\n<${tag}${attributes}${style}>\n  ${fallbackHtml(fallback)}\n</${tag}>`;
  const iframe = `<script src="${base}ore-kit-frame.js"></script>\n${iframeHtml(embedUrl(base, choice), { title: fallback.text, lang: fallback.lang, widget: choice.widget, fallback })}`;
  return { script, iframe, link: fallback.href };
}

function update(): void {
  if (!lists) return;
  const widget = widgetSelect.value as WidgetName;
  const taken = new Set(Object.keys(WIDGET_PARAMETERS[widget]));
  for (const field of document.querySelectorAll<HTMLElement>('[data-param]')) field.hidden = !taken.has(field.dataset.param!);
  const href = $<HTMLInputElement>('href');
  const badHref = taken.has('href') && href.value.trim() !== '' && !isSafeUrl(href.value.trim());
  $<HTMLElement>('href-problem').hidden = !badHref;
  href.setAttribute('aria-invalid', String(badHref));
  $<HTMLElement>('accent-field').hidden = !useAccent.checked;

  const choice = currentChoice();
  const element = document.createElement(WIDGETS[widget]);
  for (const [name, value] of Object.entries(choice.attributes)) element.setAttribute(name, value);
  if (choice.accent) element.style.setProperty('--ore-color-accent', choice.accent);
  preview.replaceChildren(element);

  const out = snippets(choice, lists.index);
  $<HTMLElement>('snippet-script').textContent = out.script;
  $<HTMLElement>('snippet-iframe').textContent = out.iframe;
  $<HTMLElement>('snippet-link').textContent = out.link;
  for (const status of document.querySelectorAll<HTMLElement>('.copy-status')) status.textContent = '';

  const state = new URLSearchParams({ widget, ...choice.attributes, ...(choice.accent ? { accent: choice.accent } : {}) });
  history.replaceState(null, '', `?${state}`);
}

async function changeLanguage(): Promise<void> {
  const lang = langSelect.value;
  const [translate, loaded] = await Promise.all([fetchUiStrings(base, lang), loadLists(lang)]);
  if (lang !== langSelect.value) return; // a later choice won
  t = translate;
  lists = loaded;
  translatePage(lang);
  for (const picker of pickers) picker.fill(loaded[picker.list], picker.value ? null : params.get(picker.param));
  update();
}

async function copy(button: HTMLButtonElement): Promise<void> {
  const source = $<HTMLElement>(button.dataset.copy!);
  const status = button.parentElement!.querySelector<HTMLElement>('.copy-status')!;
  const text = source.textContent ?? '';
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = t('gallery.copied');
  } catch {
    // Clipboard refused (an insecure origin, a denied permission): select the text for the reader to copy.
    getSelection()?.selectAllChildren(source);
    status.textContent = t('gallery.copyFailed');
  }
}

async function start(): Promise<void> {
  try {
    ({ tags: available } = (await import(/* @vite-ignore */ new URL('ore-kit.js', base).href)) as { tags: readonly string[] });
  } catch {
    available = Object.values(WIDGETS).filter((tag) => tag !== 'ore-explorer');
  }
  for (const [name, value] of params) {
    const input = form.elements.namedItem(name);
    if (input instanceof HTMLInputElement && input.type === 'checkbox') input.checked = value !== 'false';
    else if ((input instanceof HTMLInputElement || input instanceof HTMLSelectElement) && !pickerFor(name) && !['lang', 'theme', 'widget', 'accent'].includes(name)) input.value = value;
  }
  // Typing updates as it goes; lists and boxes update once chosen. The search boxes only filter.
  const typed = (target: EventTarget | null) => target instanceof HTMLInputElement && !['checkbox', 'search'].includes(target.type);
  form.addEventListener('input', (event) => {
    if (typed(event.target)) update();
  });
  form.addEventListener('change', (event) => {
    if (event.target === langSelect) void changeLanguage();
    else if (!typed(event.target) && !(event.target as HTMLElement).matches('input[type="search"]')) update();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) button.addEventListener('click', () => void copy(button));
  await changeLanguage();
}

void start();
