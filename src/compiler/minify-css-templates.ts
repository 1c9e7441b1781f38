/**
 * Minifies the CSS inside the elements' `css` tagged templates at build time: comments out,
 * white space folded. The bundler's minifier leaves template text alone, and the styles are
 * a good share of every element's download. Only the static text between `${…}` is touched.
 */
import type { Plugin } from 'vite';

function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

/** The source with every css`…` template's static text minified. */
export function minifyCssTemplates(source: string): string {
  return source.replace(/\bcss`([\s\S]*?)`/g, (_whole, body: string) => {
    // Keep interpolations as they are; minify the text around them.
    const parts = body.split(/(\$\{[^}]*\})/);
    return 'css`' + parts.map((part) => (part.startsWith('${') ? part : minifyCss(part).replace(/`/g, '\\`'))).join('') + '`';
  });
}

export function minifyCssTemplatesPlugin(): Plugin {
  return {
    name: 'ore-minify-css-templates',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/components\/.*\.styles\.ts$/.test(id) || !code.includes('css`')) return undefined;
      return { code: minifyCssTemplates(code), map: null };
    },
  };
}
