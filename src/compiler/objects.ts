/**
 * The `objects` collection: everyday objects taken apart (a phone, a car, a house…), each part
 * naming its raw materials. Checks what the schema cannot (materials are glossary materials,
 * every part has its group in the drawing, figures point at a listed source, cards exist) and
 * compiles an object per locale for `<ore-explorer>` and its static poster page.
 */
import type { CompiledObject, CompiledObjectPart, CompiledTerm, ObjectSummary, Provenance, Source } from '../shared/catalog.ts';
import type { CardSource, GlossarySource, ObjectSource } from './schema.ts';
import { ContentError } from './errors.ts';
import { isStale, type Entry, type Library, type Translation } from './library.ts';
import { termLinks } from './checks/links.ts';
import { renderMarkdown } from './markdown.ts';
import { SOURCE_LOCALE } from '../shared/locales.ts';

/** The id of a part's group in the object's drawing. */
export const partId = (slug: string) => `part-${slug}`;

/** Checks every object's references; errors go into `errors`. */
export function checkObjects(library: Library, errors: ContentError[]): void {
  const { sources, illustrations } = library;
  const materials = new Set([...sources.glossary.values()].filter((e) => (e.data as GlossarySource).kind === 'material').map((e) => e.slug));
  for (const entry of sources.objects.values()) {
    const data = entry.data as ObjectSource;
    const expect = (at: PropertyKey[], ok: boolean, message: string) => {
      if (!ok) errors.push(new ContentError(entry.file, message, entry.lineOf(at), at.map(String).join('.').replace(/\.(\d+)/g, '[$1]')));
    };
    const svg = illustrations.get(data.illustration.src);
    expect(['illustration', 'src'], svg !== undefined, `unknown illustration "${data.illustration.src}": no content/illustrations/${data.illustration.src}.svg`);
    const seen = new Set<string>();
    data.parts.forEach((part, i) => {
      expect(['parts', i, 'slug'], !seen.has(part.slug), `duplicate part "${part.slug}": each part needs its own slug`);
      seen.add(part.slug);
      if (svg !== undefined) {
        expect(
          ['parts', i, 'slug'],
          new RegExp(`\\sid="${partId(part.slug)}"`).test(svg),
          `the drawing content/illustrations/${data.illustration.src}.svg has no group id="${partId(part.slug)}" for this part`,
        );
      }
      part.materials.forEach((material, j) =>
        expect(['parts', i, 'materials', j], materials.has(material), `unknown material "${material}" (a glossary term of kind material)`),
      );
      if (part.figure) {
        expect(
          ['parts', i, 'figure', 'source'],
          part.figure.source <= data.sources.length,
          `source ${part.figure.source} is not in the list: this object has ${data.sources.length} source${data.sources.length === 1 ? '' : 's'}`,
        );
      }
      expect(['parts', i, 'card'], sources.cards.has(part.card), `unknown card "${part.card}"`);
    });
  }
  checkObjectTranslations(library, errors);
}

/**
 * A translated part keeps the glossary links of its English text (the words after | are the
 * translator's), as a translated card body does; stale translations are reported by
 * `npm run i18n:status` instead.
 */
export function checkObjectTranslations(library: Library, errors: ContentError[]): void {
  for (const byCollection of library.translations.values()) {
    for (const translation of byCollection.objects.values()) {
      const source = library.sources.objects.get(translation.slug);
      if (!source || isStale(library, translation)) continue;
      const sourceParts = (source.data as ObjectSource).parts;
      (translation.data as ObjectSource).parts.forEach((part, i) => {
        const expected = [...termLinks(sourceParts[i]?.text ?? '').keys()];
        const found = [...termLinks(part.text).keys()];
        const at = ['parts', i, 'text'];
        const report = (message: string) => errors.push(new ContentError(translation.file, message, translation.lineOf(at), `parts[${i}].text`));
        for (const slug of expected.filter((s) => !found.includes(s))) {
          report(`leaves out the glossary link [[${slug}]] of the English text; link the word that translates it as [[${slug}|your words]]`);
        }
        for (const slug of found.filter((s) => !expected.includes(s))) {
          report(`links [[${slug}]], which the English text does not; keep the links of the source (${expected.map((s) => `[[${s}]]`).join(', ') || 'none'})`);
        }
      });
    }
  }
}

export interface ObjectCompiler {
  resolve: (collection: 'glossary' | 'cards', slug: string, locale: string) => Entry | Translation | undefined;
  provenance: (entry: Entry | Translation) => Provenance;
  term: (entry: Entry | Translation) => CompiledTerm;
  errors: ContentError[];
}

/** Compiles one object entry (a source or a translation merged over it). */
export function compileObject(entry: Entry | Translation, illustrations: Map<string, string>, { resolve, provenance, term, errors }: ObjectCompiler): CompiledObject {
  const data = entry.data as ObjectSource;
  const lookup = (slug: string) => (resolve('glossary', slug, entry.lang)?.data as GlossarySource | undefined)?.term;
  const render = (markdown: string, line: number) => {
    const rendered = renderMarkdown(markdown, lookup);
    for (const { slug } of rendered.unknown) {
      errors.push(new ContentError(entry.file, `unknown glossary term [[${slug}]]: no content/${SOURCE_LOCALE}/glossary/${slug}.md`, line, 'body'));
    }
    return rendered;
  };
  const intro = render(entry.body, entry.bodyLine);
  const parts = data.parts.map((part, i): CompiledObjectPart => {
    const text = render(part.text, entry.lineOf(['parts', i, 'text']) ?? entry.bodyLine);
    const slugs = [...new Set([...part.materials, ...text.used])];
    const card = resolve('cards', part.card, entry.lang);
    const figure = part.figure;
    return {
      slug: part.slug,
      name: part.name,
      materials: part.materials,
      terms: slugs.map((slug) => resolve('glossary', slug, entry.lang)).filter((e) => e !== undefined).map(term),
      html: text.html,
      ...(figure
        ? {
            figure: {
              value: figure.value,
              ...(figure.unit ? { unit: figure.unit } : {}),
              label: figure.label,
              source: data.sources[figure.source - 1] as Source,
            },
          }
        : {}),
      card: { slug: part.card, title: (card?.data as CardSource | undefined)?.title ?? part.card, lang: card?.lang ?? entry.lang },
    };
  });
  return {
    ...objectSummary(entry, provenance),
    html: intro.html,
    illustration: { svg: illustrations.get(data.illustration.src) ?? '', alt: data.illustration.alt },
    parts,
    sources: data.sources as Source[],
  } satisfies CompiledObject;
}

export function objectSummary(entry: Entry | Translation, provenance: ObjectCompiler['provenance']): ObjectSummary {
  const data = entry.data as ObjectSource;
  return { slug: entry.slug, title: data.title, summary: data.summary, ...provenance(entry) };
}
