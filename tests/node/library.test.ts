/** The real library: compiles cleanly and holds what the content issue promises readers. */
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { compile } from '../../src/compiler/compile.ts';
import type { CardSource, QuizSource, RegionSource } from '../../src/compiler/schema.ts';

const root = path.resolve(import.meta.dirname, '..', '..');

describe('the content library', () => {
  let result: Awaited<ReturnType<typeof compile>>;
  before(async () => {
    result = await compile(root);
  });

  it('compiles without errors or warnings', () => {
    assert.deepEqual(result.errors.map(String), []);
    assert.deepEqual(result.warnings.map(String), []);
  });

  it('has six topics with at least 8 cards each', () => {
    const { topics, cards } = result.library.sources;
    assert.equal(topics.size, 6);
    for (const topic of topics.keys()) {
      const count = [...cards.values()].filter((card) => (card.data as CardSource).topic === topic).length;
      assert.ok(count >= 8, `${topic} has ${count} cards`);
    }
  });

  it('has one quiz per topic with at least 8 questions, each pointing to a card of that topic', () => {
    const { topics, quizzes, cards } = result.library.sources;
    for (const topic of topics.keys()) {
      const quiz = [...quizzes.values()].find((q) => (q.data as QuizSource).topic === topic);
      assert.ok(quiz, `no quiz for ${topic}`);
      const questions = (quiz.data as QuizSource).questions;
      assert.ok(questions.length >= 8, `${quiz.file} has ${questions.length} questions`);
      for (const q of questions) assert.equal((cards.get(q.card)!.data as CardSource).topic, topic, `${quiz.file}: ${q.card}`);
    }
  });

  it('has at least 60 glossary terms', () => {
    assert.ok(result.library.sources.glossary.size >= 60);
  });

  it('names the REMIX partners, and only them, as partners', () => {
    const roles = Object.fromEntries([...result.library.sources.regions].map(([slug, e]) => [slug, (e.data as RegionSource).remix]));
    const partners = ['lapland', 'north-karelia', 'castilla-y-leon', 'lower-silesia', 'styria', 'centro-portugal', 'czechia', 'cornwall', 'sterea-ellada'];
    assert.deepEqual(Object.keys(roles).filter((slug) => roles[slug] === 'partner').sort(), [...partners].sort());
    assert.equal(roles.saxony, 'advisory');
    for (const other of ['norrbotten', 'andalusia']) assert.equal(roles[other], 'none');
  });

  it('never calls a non-partner region a REMIX partner in a text', () => {
    const { cards, regions } = result.library.sources;
    for (const entry of [...cards.values(), ...regions.values()]) {
      for (const place of ['Norrbotten', 'Andalusia', 'Alentejo', 'Lusatia', 'Kiruna', 'Riotinto', 'Aitik']) {
        const claim = new RegExp(`${place}[^.]{0,60}REMIX partner|REMIX partner[^.]{0,60}${place}`);
        assert.ok(!claim.test(entry.body), `${entry.file} may call ${place} a REMIX partner`);
      }
    }
  });

  it('every card and region cites at least one https source with a year', () => {
    const { cards, regions } = result.library.sources;
    for (const entry of [...cards.values(), ...regions.values()]) {
      const sources = (entry.data as CardSource).sources;
      assert.ok(sources.length >= 1, entry.file);
      for (const s of sources) assert.ok(s.url.startsWith('https://') && s.year > 1500, `${entry.file}: ${s.url}`);
    }
  });
});
