/**
 * The front matter is read by js-yaml for speed and by `yaml` for positions (frontmatter.ts):
 * both must see the same data in every file, and errors keep their lines.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { parseFrontMatter } from '../../src/compiler/frontmatter.ts';
import { ContentError } from '../../src/compiler/errors.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('front matter', () => {
  it('reads every file of the library exactly as the YAML 1.2 reference parser does', async () => {
    const files = (await readdir(path.join(root, 'content'), { recursive: true })).filter((f) => f.endsWith('.md'));
    assert.ok(files.length > 1000, `only ${files.length} files`);
    for (const file of files) {
      const raw = await readFile(path.join(root, 'content', file), 'utf8');
      const yamlText = raw.split(/^---[ \t]*$/m)[1];
      assert.deepEqual(parseFrontMatter(file, raw).data, parse(yamlText), file);
    }
  });

  it('keeps dates, yes/no and numbers as YAML 1.2 has them', () => {
    const { data } = parseFrontMatter('x.md', '---\ndate: 2024-05-01\nflag: yes\ncount: 010\nlist: [a, b]\n---\nbody\n');
    assert.deepEqual(data, { date: '2024-05-01', flag: 'yes', count: 10, list: ['a', 'b'] });
  });

  it('points at the line of a field, and of a YAML error', () => {
    const parsed = parseFrontMatter('x.md', '---\ntitle: A\nsources:\n  - title: B\n    url: https://example.org\n---\nbody\n');
    assert.equal(parsed.lineOf(['sources', 0, 'url']), 5);
    assert.equal(parsed.bodyLine, 7);
    const error = (text: string) => {
      try {
        parseFrontMatter('x.md', text);
      } catch (e) {
        return e as ContentError;
      }
      assert.fail('no error');
    };
    const unclosed = error('---\ntitle: A\ntags: [a, b\nsummary: c\n---\n');
    assert.match(unclosed.toString(), /^x\.md:\d+: invalid YAML/);
    const duplicate = error('---\ntitle: A\nsummary: B\ntitle: C\n---\n');
    assert.match(duplicate.toString(), /^x\.md:4: invalid YAML: .*unique/i);
  });
});
