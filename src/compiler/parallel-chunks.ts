/**
 * A post-build step for the one-script entry (`ore-kit.js`):
 * - each element's chunk is imported together with every chunk it imports (Lit, the runtime…),
 *   all at once, so the browser fetches them in parallel instead of discovering the shared chunk
 *   only after the element's chunk arrived — without `<link rel="modulepreload">` in the host
 *   page's `<head>`, which the kit must not touch;
 * - Vite's preload helper, which the entry then no longer calls (and which with `modulePreload:
 *   false` only ever got empty lists), is dropped by minifying the entry again.
 * The smoke and budget tests load the result in Chromium (tests/smoke/).
 */
import { minify, type Plugin } from 'vite';

/** A relative dynamic import as the minifier writes it: import(`./assets/x.js`). */
const DYNAMIC_IMPORT = /import\((["'`])(\.\/[^"'`]+\.js)\1\)/g;
/** Vite's wrapper around each: `helper(()=>import(…)…,[],import.meta.url)`. */
const PRELOAD_CALL = /([\w$]+)\(\(\)=>import\(/g;

export function parallelChunks(entryFileName = 'ore-kit.js'): Plugin {
  return {
    name: 'ore-kit-parallel-chunks',
    apply: 'build',
    generateBundle: {
      order: 'post',
      async handler(_, bundle) {
        const entry = bundle[entryFileName];
        if (!entry || entry.type !== 'chunk') return;
        const closure = (fileName: string, seen = new Set<string>()): Set<string> => {
          const chunk = bundle[fileName];
          if (seen.has(fileName) || !chunk || chunk.type !== 'chunk') return seen;
          seen.add(fileName);
          for (const imported of chunk.imports) closure(imported, seen);
          return seen;
        };
        let rewritten = 0;
        // The helper is called with empty lists only (modulePreload: false): calling the factory directly is the same.
        let code = entry.code.replace(PRELOAD_CALL, '(f=>f())(()=>import(').replace(DYNAMIC_IMPORT, (_, quote: string, specifier: string) => {
          rewritten++;
          const files = [...closure(specifier.slice(2))];
          if (files.length <= 1) return `import(${quote}${specifier}${quote})`;
          const imports = files.map((file) => `import(${JSON.stringify(`./${file}`)})`).join(',');
          return `Promise.all([${imports}]).then(m=>m[0])`;
        });
        if (rewritten === 0) return;
        // What is left of the helper: its one-time probe of <link rel=modulepreload> support, now unused.
        code = code.replace(/\(function\(\)\{let ([\w$]+)=typeof document<`u`&&document\.createElement\(`link`\)\.relList;return \1&&\1\.supports&&\1\.supports\(`modulepreload`\)\?`modulepreload`:`preload`\}\)\(\);/, '');
        const result = await minify(entryFileName, code, { module: true, compress: true, mangle: true });
        if (result.errors.length) this.error(`could not minify ${entryFileName} again: ${result.errors.map((e) => e.message).join('; ')}`);
        entry.code = result.code;
      },
    },
  };
}
