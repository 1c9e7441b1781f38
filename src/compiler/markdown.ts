/**
 * The markdown pipeline: markdown-it with raw HTML and images off (nothing may load from a third
 * party), plus `[[slug]]` / `[[slug|words]]` glossary links.
 */
import markdownIt, { type MarkdownIt, type StateInline, type Token } from 'markdown-it';

export interface TermLookup {
  /** The term's display name in the body's language, or undefined when the slug is unknown. */
  (slug: string): string | undefined;
}

export interface RenderEnv {
  lookup: TermLookup;
  /** Slugs linked, in order of first use. */
  used: string[];
  /** Unknown slugs with their 0-based line in the body. */
  unknown: { slug: string; line: number }[];
}

/** `[[slug]]` or `[[slug|words]]`; the words may wrap onto the next line, as any markdown text may. */
const TERM = /^\[\[([a-z0-9]+(?:-[a-z0-9]+)*)(?:\|([^\]]+))?\]\]/;

function termRule(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x5b /* [ */ || state.src.charCodeAt(state.pos + 1) !== 0x5b) return false;
  const match = TERM.exec(state.src.slice(state.pos));
  if (!match) return false;
  if (!silent) {
    const token = state.push('ore_term', '', 0);
    token.meta = { slug: match[1], text: match[2]?.replace(/\s+/g, ' ').trim() };
  }
  state.pos += match[0].length;
  return true;
}

function createRenderer(): MarkdownIt {
  const md = markdownIt({ html: false, linkify: false, typographer: true });
  md.disable(['image']);
  md.inline.ruler.before('link', 'ore_term', termRule);

  // Resolve terms after inline parsing, where block tokens still know their line numbers.
  md.core.ruler.push('ore_term_resolve', (state) => {
    const env = state.env as unknown as RenderEnv;
    for (const block of state.tokens) {
      if (block.type !== 'inline' || !block.children) continue;
      for (const token of block.children) {
        if (token.type !== 'ore_term') continue;
        const { slug } = token.meta as { slug: string };
        const name = env.lookup(slug);
        if (name === undefined) env.unknown.push({ slug, line: block.map?.[0] ?? 0 });
        else if (!env.used.includes(slug)) env.used.push(slug);
        token.meta = { ...token.meta, name: name ?? slug };
      }
    }
  });

  md.renderer.rules.ore_term = (tokens: Token[], idx: number) => {
    const { slug, text, name } = tokens[idx].meta as { slug: string; text?: string; name: string };
    const escape = md.utils.escapeHtml;
    return `<a data-term="${escape(slug)}" href="#term-${escape(slug)}">${escape(text ?? name)}</a>`;
  };
  return md;
}

const renderer = createRenderer();

export function renderMarkdown(source: string, lookup: TermLookup): RenderEnv & { html: string } {
  const env: RenderEnv = { lookup, used: [], unknown: [] };
  const html = renderer.render(source, env as never).trim();
  return { ...env, html };
}

export function countWords(markdown: string): number {
  return markdown
    .replace(/\[\[([^\]|]+)\|([^\]]+)\]\]/g, '$2')
    .replace(/\[\[([^\]]+)\]\]/g, '$1')
    .split(/\s+/)
    .filter((word) => /\p{L}|\p{N}/u.test(word)).length;
}
