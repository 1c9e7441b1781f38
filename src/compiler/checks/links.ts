/** Glossary links in markdown: `[[slug]]` and `[[slug|words]]`. No dependencies, so any side can use it. */
const TERM = /\[\[([a-z0-9]+(?:-[a-z0-9]+)*)(?:\|[^\]\n]+)?\]\]/g;

/** Glossary slugs a markdown body links, with the 0-based line of their first use. */
export function termLinks(body: string): Map<string, number> {
  const out = new Map<string, number>();
  body.split('\n').forEach((line, i) => {
    for (const [, slug] of line.matchAll(TERM)) if (!out.has(slug)) out.set(slug, i);
  });
  return out;
}
