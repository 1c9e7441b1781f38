/**
 * What every element is rendered with in the tests that run over the whole registry (the element
 * contract, the pseudo-locale and right-to-left tests): attributes of a working element on the
 * fixture library, the unknown selections and the invalid values. A new element joins the
 * registry and must add its case here (the type says so).
 */
import type { OreTag } from '../../src/runtime/registry.ts';
import type { OreErrorCode } from '../../src/runtime/errors.ts';

export type Attributes = Record<string, string>;

export interface ContractCase {
  /** Attributes of a working element on the fixture library. */
  valid: Attributes;
  /** Selections the catalog does not have, and the error each must give. */
  unknown: { attributes: Attributes; code: OreErrorCode; names: string }[];
  /** Invalid attribute values: each is ignored with a warning naming it. */
  invalid: Attributes;
}

export const CASES: Record<OreTag, ContractCase> = {
  'ore-card': {
    valid: { card: 'world-e-waste-2022' },
    unknown: [{ attributes: { card: 'no-such-card' }, code: 'unknown-card', names: 'no-such-card' }],
    invalid: { variant: 'huge', theme: 'neon' },
  },
  'ore-deck': {
    valid: { topic: 'circular-economy', layout: 'grid' },
    unknown: [
      { attributes: { topic: 'no-such-topic' }, code: 'unknown-topic', names: 'no-such-topic' },
      { attributes: { region: 'atlantis' }, code: 'unknown-region', names: 'atlantis' },
      { attributes: { tags: 'recycling, no-such-tag' }, code: 'unknown-tag', names: 'no-such-tag' },
      { attributes: { cards: 'no-such-card' }, code: 'unknown-card', names: 'no-such-card' },
    ],
    invalid: { layout: 'list', limit: '-1', theme: 'neon' },
  },
  'ore-banner': {
    valid: { topic: 'circular-economy' },
    unknown: [
      { attributes: { topic: 'no-such-topic' }, code: 'unknown-topic', names: 'no-such-topic' },
      { attributes: { region: 'atlantis' }, code: 'unknown-region', names: 'atlantis' },
    ],
    invalid: { interval: '0', href: 'javascript:alert(1)', theme: 'neon' },
  },
  'ore-quiz': {
    valid: { quiz: 'circular-economy' },
    unknown: [{ attributes: { quiz: 'no-such-quiz' }, code: 'unknown-quiz', names: 'no-such-quiz' }],
    invalid: { shuffle: 'maybe', theme: 'neon' },
  },
  'ore-glossary': {
    valid: {},
    unknown: [{ attributes: { term: 'no-such-term' }, code: 'unknown-term', names: 'no-such-term' }],
    invalid: { theme: 'neon' },
  },
  'ore-explorer': {
    valid: { object: 'smartphone' },
    unknown: [{ attributes: { object: 'no-such-object' }, code: 'unknown-object', names: 'no-such-object' }],
    invalid: { 'heading-level': '9', theme: 'neon' },
  },
};

/** Every variant a reader can meet, on the fixture library. */
export const VARIANTS: Record<OreTag, Record<string, Attributes>> = {
  'ore-card': {
    full: { card: 'world-e-waste-2022' },
    compact: { card: 'world-e-waste-2022', variant: 'compact' },
  },
  'ore-deck': {
    carousel: { topic: 'circular-economy' },
    grid: { topic: 'circular-economy', layout: 'grid' },
  },
  'ore-banner': { strip: { topic: 'circular-economy' } },
  'ore-quiz': { quiz: { quiz: 'circular-economy' } },
  'ore-glossary': { 'a-z': {}, term: { term: 'ore-grade' } },
  'ore-explorer': { object: { object: 'smartphone' } },
};
