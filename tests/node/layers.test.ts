/**
 * The layers of the data flow: the compiler and the CLIs (Node) never import browser code, and
 * the browser code never imports the compiler, the CLIs, Node built-ins or the build-time
 * libraries. `src/shared` is the only code both sides import, and it imports nothing but itself
 * and the locale list. The compiled catalog (src/shared/catalog.ts) is the contract between them.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');

type Layer = 'browser' | 'node' | 'shared';

function layerOf(file: string): Layer | undefined {
  if (/^src\/(runtime|components|site)\//.test(file) || file === 'src/ore-kit.ts') return 'browser';
  if (/^src\/(compiler|cli)\//.test(file)) return 'node';
  if (file.startsWith('src/shared/')) return 'shared';
  return undefined;
}

/** Packages only the build may use: they must never reach a reader's browser. */
const BUILD_ONLY = ['zod', 'markdown-it', 'yaml', 'xliff', 'vite', 'tsx'];

/** Every module specifier a file imports, statically or with `import()`. */
export function importsOf(source: string): string[] {
  const specifiers = new Set<string>();
  const patterns = [/\bimport\s[^'"]*?from\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g, /\bexport\s[^'"]*?from\s*['"]([^'"]+)['"]/g];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) specifiers.add(match[1]);
  return [...specifiers];
}

/** Breaches of the layer rules in the project at `base`, as `file → import: why`. */
export async function layerViolations(base: string): Promise<string[]> {
  const files = (await readdir(path.join(base, 'src'), { recursive: true }))
    .filter((f) => /\.ts$/.test(f) && !/\.(test|stories)\.ts$/.test(f))
    .map((f) => `src/${f.split(path.sep).join('/')}`);
  const problems: string[] = [];
  for (const file of files) {
    const layer = layerOf(file);
    if (!layer) continue;
    const source = await readFile(path.join(base, file), 'utf8');
    for (const specifier of importsOf(source)) {
      const relative = specifier.startsWith('.');
      const target = relative ? path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)) : specifier;
      const targetLayer = relative ? layerOf(target) : undefined;
      const packageName = relative ? undefined : specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
      const say = (why: string) => problems.push(`${file} → ${specifier}: ${why}`);
      if (layer === 'browser') {
        if (targetLayer === 'node') say('browser code imports build-time code; share it through src/shared/catalog.ts');
        if (!relative && (specifier.startsWith('node:') || BUILD_ONLY.includes(packageName!))) say('a build-time module would reach the browser');
      } else if (layer === 'node') {
        if (targetLayer === 'browser') say('the compiler and CLIs never import browser code');
      } else {
        if (targetLayer === 'browser' || targetLayer === 'node') say('src/shared imports only src/shared and the locale list');
        if (!relative) say('src/shared is pure: no packages, no Node built-ins');
        if (relative && !targetLayer && !/^locales\/[^/]+\.json$/.test(target)) say('src/shared imports only src/shared and the locale list');
      }
    }
  }
  return problems;
}

describe('layers', () => {
  it('finds static, side-effect, dynamic and re-exported imports', () => {
    const found = importsOf(`import a from './a.ts';\nimport './b.ts';\nconst c = () => import('./c.ts');\nexport { d } from './d.ts';\nimport type {\n  E,\n} from '../e.ts';`);
    assert.deepEqual(found.sort(), ['../e.ts', './a.ts', './b.ts', './c.ts', './d.ts']);
  });

  it('the project keeps every layer rule', async () => {
    assert.deepEqual(await layerViolations(root), []);
  });

  it('a browser file importing the compiler is caught', async () => {
    const { mkdtemp, mkdir, writeFile, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const base = await mkdtemp(path.join(tmpdir(), 'ore-layers-'));
    try {
      await mkdir(path.join(base, 'src', 'runtime'), { recursive: true });
      await mkdir(path.join(base, 'src', 'compiler'), { recursive: true });
      await mkdir(path.join(base, 'src', 'shared'), { recursive: true });
      await writeFile(path.join(base, 'src', 'runtime', 'x.ts'), `import type { CardSource } from '../compiler/schema.ts';\nimport { z } from 'zod';`);
      await writeFile(path.join(base, 'src', 'compiler', 'y.ts'), `import { loadCard } from '../runtime/content-client.ts';`);
      await writeFile(path.join(base, 'src', 'shared', 'z.ts'), `import { readFile } from 'node:fs';`);
      const problems = await layerViolations(base);
      assert.equal(problems.length, 4, problems.join('\n'));
      assert.match(problems.join('\n'), /src\/runtime\/x\.ts → \.\.\/compiler\/schema\.ts/);
      assert.match(problems.join('\n'), /src\/compiler\/y\.ts → \.\.\/runtime\/content-client\.ts/);
    } finally {
      await rm(base, { recursive: true, force: true });
    }
  });
});
