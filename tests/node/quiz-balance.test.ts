/** `npm run check` warns when one answer position holds too many of a quiz's correct answers. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { compile } from '../../src/compiler/compile.ts';

const projectRoot = path.resolve(import.meta.dirname, '..', '..');
const fixture = path.join(projectRoot, 'tests', 'fixtures', 'library');
const QUIZ = 'content/en/quizzes/circular-economy.md';

/** A private copy of the fixture library whose circular-economy quiz asks `questions`. */
async function libraryWithQuiz(questions: { choices: string[]; answer: string }[]): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ore-kit-balance-'));
  await cp(path.join(fixture, 'content'), path.join(dir, 'content'), { recursive: true });
  await cp(path.join(projectRoot, 'locales'), path.join(dir, 'locales'), { recursive: true });
  // The fixture's German quiz translates the original two questions; it would not line up.
  await rm(path.join(dir, 'content', 'de', 'quizzes'), { recursive: true, force: true });
  const yaml = questions
    .map(
      (q, i) =>
        `  - question: Question ${i + 1}?\n` +
        `    choices: [${q.choices.join(', ')}]\n` +
        `    answer: ${q.answer}\n` +
        `    explanation: Because.\n` +
        `    card: recycling-phones\n`,
    )
    .join('');
  await writeFile(path.join(dir, QUIZ), `---\ntitle: Circular economy quiz\ntopic: circular-economy\nquestions:\n${yaml}---\n`);
  return dir;
}

/** A question with `count` choices whose correct answer is at `position` (1-based). */
const question = (position: number, count = 4) => {
  const choices = Array.from({ length: count }, (_, i) => `Choice ${String.fromCharCode(65 + i)}`);
  return { choices, answer: choices[position - 1] };
};

async function warningsFor(questions: { choices: string[]; answer: string }[]): Promise<string[]> {
  const root = await libraryWithQuiz(questions);
  try {
    const result = await compile(root, { localesRoot: projectRoot });
    assert.deepEqual(result.errors.map(String), []);
    return result.warnings.map(String);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

describe('quiz answer balance', () => {
  it('warns, naming the file and the position, when one position holds more than 40% of the answers', async () => {
    // 6 of 10 correct answers are the first choice.
    const warnings = await warningsFor([1, 1, 1, 1, 1, 1, 2, 3, 4, 2].map((p) => question(p)));
    const balance = warnings.filter((w) => w.includes('correct answer'));
    assert.equal(balance.length, 1, `expected one balance warning, got:\n${warnings.join('\n') || '(none)'}`);
    assert.match(balance[0], /^content\/en\/quizzes\/circular-economy\.md:\d+ questions: /);
    assert.match(balance[0], /choice 1 \(the first\) is the correct answer in 6 of 10 questions \(60%\)/);
  });

  it('allows exactly 40%, and names every position above it', async () => {
    const warnings = await warningsFor([1, 1, 1, 1, 3, 3, 3, 3, 2, 4].map((p) => question(p)));
    const balance = warnings.filter((w) => w.includes('correct answer'));
    assert.equal(balance.length, 0, 'exactly 40% is allowed');
    const more = await warningsFor([3, 3, 3, 3, 3, 1, 1, 1, 1, 1].map((p) => question(p)));
    assert.equal(more.filter((w) => /choice 3 \(the third\)/.test(w)).length, 1);
    assert.equal(more.filter((w) => /choice 1 \(the first\)/.test(w)).length, 1);
  });

  it('is quiet when the answers are spread', async () => {
    const warnings = await warningsFor([1, 2, 3, 4, 2, 1, 3, 4, 1, 2].map((p) => question(p)));
    assert.deepEqual(warnings.filter((w) => w.includes('correct answer')), []);
  });

  it('is quiet for a quiz too short to be balanced (two questions)', async () => {
    const warnings = await warningsFor([question(2, 3), question(2, 3)]);
    assert.deepEqual(warnings.filter((w) => w.includes('correct answer')), []);
  });
});
