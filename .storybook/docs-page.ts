/**
 * Every element's docs page: its working primary example with controls for every attribute, an
 * "Embed it" section made from that example (script tag and base URL, iframe, plain link), then
 * every other state. Storybook renders docs pages with React; `createElement` keeps this a plain
 * .ts file.
 */
import { createElement as h, useEffect, useState } from 'react';
import { Controls, Description, Heading, Markdown, Primary, Source, Stories, Subheading, Subtitle, Title, useOf } from '@storybook/addon-docs/blocks';
import { kitUrl } from '../src/runtime/config.ts';
import { SOURCE_LOCALE } from '../src/shared/locales.ts';
import type { ElementArgs } from './element-stories.ts';
import { declarationOf } from './manifest.ts';
import { BASE, elementSnippet, fallbackLink, frameSnippet, linkSnippet, scriptSnippet, type Titles } from './embed.ts';

/** Titles from the kit's own catalog, so the fallback link reads as the content it opens. */
function useTitles(locale: string): Titles | undefined {
  const [titles, setTitles] = useState<Titles>();
  useEffect(() => {
    let current = true;
    fetch(kitUrl(`content/${locale}/index.json`))
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then((index: Record<'cards' | 'quizzes' | 'topics' | 'regions', { slug: string; title?: string; name?: string }[]>) => {
        const byslug = (items: { slug: string; title?: string; name?: string }[] = []) => new Map(items.map((i) => [i.slug, i.title ?? i.name ?? i.slug]));
        if (current) setTitles({ cards: byslug(index.cards), quizzes: byslug(index.quizzes), topics: byslug(index.topics), regions: byslug(index.regions) });
      })
      // Without titles the links read as slugs: still correct markup.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [locale]);
  return titles;
}

function EmbedIt() {
  const { story } = useOf('story', ['story']);
  const tag = String(story.component);
  const known = new Set(['lang', ...(declarationOf(tag).attributes ?? []).map((a) => a.name)]);
  const args = Object.fromEntries(Object.entries(story.initialArgs as ElementArgs).filter(([key]) => known.has(key)));
  const locale = typeof args.lang === 'string' && args.lang ? args.lang : SOURCE_LOCALE;
  const titles = useTitles(locale);
  const link = fallbackLink(tag, args, locale, titles);
  const code = (text: string) => h(Source, { code: text, language: 'html', dark: true });
  return h(
    'section',
    { 'data-embed': tag },
    h(Heading, null, 'Embed it'),
    h(
      Markdown,
      null,
      `\`${BASE}\` stands for wherever the kit is hosted: the folder holding \`ore-kit.js\` (the contents of \`dist/\`, on any static host or CDN). ` +
        'Everything else (the element’s code, its language’s strings, the content) loads from beside `ore-kit.js` on first use, whatever origin that is.',
    ),
    h(Subheading, null, 'Script tag'),
    h(Markdown, null, 'Once per page, then the element wherever it should appear. The link inside is what readers see until the script runs, and where scripts are stripped.'),
    code(`${scriptSnippet()}\n\n${elementSnippet(tag, args, link)}`),
    h(Subheading, null, 'Iframe'),
    h(Markdown, null, `For platforms that strip scripts but allow frames (Moodle, Google Sites): \`embed.html?widget=${tag.replace(/^ore-/, '')}\` with the element’s attributes as parameters, plus \`accent\` (a CSS colour).`),
    code(frameSnippet(tag, { ...args, lang: locale }, link.text)),
    h(Subheading, null, 'Plain link'),
    h(Markdown, null, 'Where nothing else is allowed: the static page with the same content, readable without JavaScript and printable.'),
    code(linkSnippet(link)),
  );
}

export function DocsPage() {
  return h(
    'div',
    null,
    h(Title, null),
    h(Subtitle, null),
    h(Description, null),
    h(Primary, null),
    h(Controls, null),
    h(EmbedIt, null),
    h(Stories, { title: 'States' }),
  );
}
