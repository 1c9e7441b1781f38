/** Glossary links in markdown: `[[slug]]` and `[[slug|words]]`. No dependencies, so any side can use it. */

/** As the markdown renderer reads them: the words after `|` may wrap onto the next line. */
const TERM = /\[\[([a-z0-9]+(?:-[a-z0-9]+)*)(?:\|[^\]]+)?\]\]/g;

/** Glossary slugs a markdown body links, with the 0-based line of their first use. */
export function termLinks(body: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const match of body.matchAll(TERM)) {
    if (!out.has(match[1])) out.set(match[1], body.slice(0, match.index).split('\n').length - 1);
  }
  return out;
}
