/**
 * The gallery: every card of the library in the chosen language, theme and variant, plus the
 * snippet that embeds the first one. It uses the kit only through its public elements.
 */
import { LOCALES, SOURCE_LOCALE } from '../shared/locales.ts';
import type { CatalogIndex } from '../compiler/schema.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const langSelect = $<HTMLSelectElement>('lang');
const themeSelect = $<HTMLSelectElement>('theme');
const variantSelect = $<HTMLSelectElement>('variant');
const gallery = $<HTMLElement>('gallery');
const snippet = $<HTMLElement>('snippet');
const kitUrl = new URL('./ore-kit.js', document.baseURI).href;

for (const locale of LOCALES) langSelect.add(new Option(`${locale.name} (${locale.code})`, locale.code));
const params = new URLSearchParams(location.search);
langSelect.value = params.get('lang') ?? SOURCE_LOCALE;
themeSelect.value = params.get('theme') ?? 'auto';
variantSelect.value = params.get('variant') ?? 'full';

async function render(): Promise<void> {
  const lang = langSelect.value;
  const response = await fetch(new URL(`./content/${lang}/index.json`, document.baseURI));
  const index = (await response.json()) as CatalogIndex;
  const topics = new Map(index.topics.map((topic) => [topic.slug, topic]));
  gallery.replaceChildren();
  for (const topic of index.topics) {
    const cards = index.cards.filter((card) => card.topic === topic.slug);
    if (!cards.length) continue;
    const section = document.createElement('section');
    section.lang = topic.lang;
    const heading = document.createElement('h2');
    heading.textContent = topics.get(topic.slug)?.title ?? topic.slug;
    section.append(heading);
    const grid = document.createElement('div');
    grid.className = 'cards';
    for (const card of cards) {
      const element = document.createElement('ore-card');
      element.setAttribute('card', card.slug);
      element.setAttribute('lang', lang);
      element.setAttribute('theme', themeSelect.value);
      element.setAttribute('variant', variantSelect.value);
      grid.append(element);
    }
    section.append(grid);
    gallery.append(section);
  }
  const first = index.cards[0]?.slug ?? 'example';
  snippet.textContent =
    `<script type="module" src="${kitUrl}"></script>\n` +
    `<ore-card card="${first}" lang="${lang}" theme="${themeSelect.value}">\n` +
    `  <a href="${new URL(`./cards/${lang}/${first}.html`, document.baseURI).href}">${index.cards[0]?.title ?? ''}</a>\n` +
    `</ore-card>`;
  const query = new URLSearchParams({ lang, theme: themeSelect.value, variant: variantSelect.value });
  history.replaceState(null, '', `?${query}`);
}

$<HTMLFormElement>('controls').addEventListener('change', () => void render());
void render();
