/**
 * `npm run check`: validates the content library and the UI strings without writing anything.
 * Exit code 1 and one line per problem (`file:line field: message`) when anything is wrong.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from '../compiler/compile.ts';
import { LOCALE_CODES } from '../shared/locales.ts';

const root = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..'));
const started = performance.now();
const result = await compile(root);
const ms = Math.round(performance.now() - started);

for (const warning of result.warnings) console.warn(`warning: ${warning.toString()}`);
if (result.errors.length > 0) {
  for (const error of result.errors) console.error(`error: ${error.toString()}`);
  console.error(`\n✗ ${result.errors.length} error${result.errors.length === 1 ? '' : 's'} in the content library (${ms} ms). Nothing was built.`);
  process.exit(1);
}
const { sources } = result.library;
console.log(
  `✓ content ok in ${ms} ms: ${sources.cards.size} cards, ${sources.quizzes.size} quizzes, ${sources.objects.size} objects, ${sources.glossary.size} glossary terms, ` +
    `${sources.topics.size} topics, ${sources.regions.size} regions, ${result.library.illustrations.size} illustrations; ` +
    `${result.files.size} files for ${LOCALE_CODES.length} locales` +
    (result.warnings.length ? `; ${result.warnings.length} warning(s)` : ''),
);
