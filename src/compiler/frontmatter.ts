/**
 * Splits a markdown file into YAML front matter and body, keeping line numbers so that an error
 * in a field points at the line the author has to fix.
 *
 * Two parsers, one for each job: js-yaml (core schema, as YAML 1.2) reads the data, eight times
 * faster than `yaml`, which a 1,000-card library in nine locales needs; `yaml` keeps every
 * node's position, so it runs only when something must be pointed at: a YAML error's message
 * and line, or the line of a field an error names. tests/node/frontmatter.test.ts holds both
 * to the same data on every file of the library.
 */
import { load, CORE_SCHEMA } from 'js-yaml';
import { LineCounter, parseDocument, isMap, isPair, isScalar, type Document } from 'yaml';
import { ContentError } from './errors.ts';

export interface ParsedFile {
  data: unknown;
  body: string;
  /** 1-based line of the first body line in the file. */
  bodyLine: number;
  /** 1-based line in the file of the value at `path` in the front matter (or its nearest parent). */
  lineOf(path: readonly PropertyKey[]): number;
}

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*$/m;

export function parseFrontMatter(file: string, raw: string): ParsedFile {
  const text = raw.replace(/^\uFEFF/, '');
  const opening = OPENING.exec(text);
  if (!opening) throw new ContentError(file, 'must start with a `---` line opening the YAML front matter', 1);
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) throw new ContentError(file, 'front matter is not closed by a `---` line', 1);

  const yamlText = rest.slice(0, closing.index);
  const afterClosing = rest.slice(closing.index + closing[0].length).replace(/^\r?\n/, '');
  const yamlLines = yamlText.split('\n').length - 1;
  const bodyLine = 1 + 1 + yamlLines + 1;

  let data: unknown;
  try {
    data = load(yamlText, { schema: CORE_SCHEMA }) ?? {};
  } catch {
    data = undefined;
  }
  // Positions, parsed once and only when asked for.
  let located: { doc: Document; line: (offset: number) => number } | undefined;
  const locate = () => {
    if (!located) {
      const lineCounter = new LineCounter();
      const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
      located = { doc, line: (offset) => lineCounter.linePos(offset).line + 1 };
    }
    return located;
  };
  if (data === undefined) {
    const { doc, line } = locate();
    const first = doc.errors[0];
    // js-yaml refused what `yaml` accepts: say so rather than guess at the data.
    if (!first) throw new ContentError(file, 'invalid YAML: the front matter could not be read', 2);
    throw new ContentError(file, `invalid YAML: ${first.message.split('\n')[0]}`, line(first.pos[0]));
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ContentError(file, 'front matter must be a set of `field: value` lines', 2);
  }
  return {
    data,
    body: afterClosing,
    bodyLine,
    lineOf: (path) => {
      const { doc, line } = locate();
      return line(offsetOf(doc, path));
    },
  };
}

function offsetOf(doc: Document, path: readonly PropertyKey[]): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const parentPath = path.slice(0, depth - 1) as unknown[];
    const key = path[depth - 1];
    if (depth === 0) break;
    const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
      const keyNode = pair && isPair(pair) && isScalar(pair.key) ? pair.key : undefined;
      if (keyNode?.range) return keyNode.range[0];
    }
    const node = doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) return node.range[0];
  }
  return 0;
}
