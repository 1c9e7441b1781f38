/**
 * The gallery and configurator: every element of the kit on the chosen language, theme and
 * topic, each with the script snippet, the iframe-free link fallback, and nothing else. It uses
 * the kit only through its public elements, as an embedding page would.
 */
import { LOCALES, SOURCE_LOCALE, matchLocale } from '../shared/locales.ts';
import { catalogPaths, type CatalogIndex } from '../shared/catalog.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const langSelect = $<HTMLSelectElement>('lang');
const themeSelect = $<HTMLSelectElement>('theme');
const topicSelect = $<HTMLSelectElement>('topic');
const gallery = $<HTMLElement>('gallery');
const base = new URL('./', document.baseURI).href;

for (const locale of LOCALES) langSelect.add(new Option(`${locale.name} (${locale.code})`, locale.code));
const params = new URLSearchParams(location.search);
// The kit's own matching: `pt-BR` shows Portuguese, an unknown tag English.
langSelect.value = matchLocale(params.get('lang')) ?? SOURCE_LOCALE;
themeSelect.value = params.get('theme') ?? 'auto';

interface Widget {
  title: string;
  tag: string;
  attributes: Record<string, string>;
  /** A plain link that works where scripts are stripped. */
  fallback?: { href: string; text: string };
}

function element({ tag, attributes }: Widget): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function snippet(widget: Widget): string {
  const attributes = Object.entries(widget.attributes)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
  const inner = widget.fallback ? `\n  <a href="${widget.fallback.href}">${widget.fallback.text}</a>\n` : '';
  return `<script type="module" src="${base}ore-kit.js"></script>\n<${widget.tag}${attributes}>${inner}</${widget.tag}>`;
}

function section(widget: Widget): HTMLElement {
  const wrapper = document.createElement('section');
  const heading = document.createElement('h2');
  heading.textContent = widget.title;
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = `Embed <${widget.tag}>`;
  const code = document.createElement('pre');
  code.textContent = snippet(widget);
  details.append(summary, code);
  wrapper.append(heading, element(widget), details);
  return wrapper;
}

async function render(): Promise<void> {
  const lang = langSelect.value;
  const theme = themeSelect.value;
  const index = (await (await fetch(new URL(catalogPaths.index(lang), base))).json()) as CatalogIndex;
  const previousTopic = topicSelect.value || params.get('topic');
  topicSelect.replaceChildren(...index.topics.map((topic) => new Option(topic.title, topic.slug)));
  topicSelect.value = index.topics.some((t) => t.slug === previousTopic) ? previousTopic! : index.topics[0].slug;
  const topic = topicSelect.value;
  const quiz = index.quizzes.find((q) => q.topic === topic);
  const firstCard = index.cards.find((card) => card.topic === topic) ?? index.cards[0];
  const common = { lang, theme };

  const widgets: Widget[] = [
    { title: 'Banner', tag: 'ore-banner', attributes: { topic, ...common } },
    {
      title: 'Card',
      tag: 'ore-card',
      attributes: { card: firstCard.slug, ...common },
      fallback: { href: new URL(catalogPaths.cardPage(lang, firstCard.slug), base).href, text: firstCard.title },
    },
    { title: 'Deck: carousel', tag: 'ore-deck', attributes: { topic, layout: 'carousel', ...common } },
    { title: 'Deck: grid', tag: 'ore-deck', attributes: { topic, layout: 'grid', ...common } },
    ...(quiz ? [{ title: 'Quiz', tag: 'ore-quiz', attributes: { quiz: quiz.slug, ...common } }] : []),
    { title: 'Glossary', tag: 'ore-glossary', attributes: { ...common } },
  ];
  gallery.replaceChildren(...widgets.map(section));
  history.replaceState(null, '', `?${new URLSearchParams({ lang, theme, topic })}`);
}

$<HTMLFormElement>('controls').addEventListener('change', () => void render());
void render();
