/**
 * Glossary links (`<a data-term="slug" href="#term-slug">words</a>`, as the build renders
 * `[[slug|words]]`) as plain words, for text shown where the definitions are not at hand: a
 * link to a fragment that does not exist would look like a link and lead nowhere.
 */
export function withoutTermLinks(html: string): string {
  return html.replace(/<a data-term="[a-z0-9-]+"(?: href="#term-[a-z0-9-]+")?>([\s\S]*?)<\/a>/g, '$1');
}
