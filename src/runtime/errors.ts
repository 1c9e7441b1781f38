/**
 * Every failure a reader can meet has a code, a message in the reader's language (rendered by
 * the element, `error.<code>` in ui.json) and an English cause for the console.
 */
import { emit } from './events.ts';

export const ERROR_CODES = [
  'unknown-card',
  'unknown-quiz',
  'unknown-term',
  'unknown-topic',
  'unknown-region',
  'unknown-tag',
  'unknown-object',
  'missing-attribute',
  'network',
  'timeout',
  'load-failed',
  'unexpected',
] as const;
export type OreErrorCode = (typeof ERROR_CODES)[number];

/** Failures that may pass: "try again" is offered for these, not for a wrong slug. */
const RETRYABLE: ReadonlySet<OreErrorCode> = new Set(['network', 'timeout', 'load-failed', 'unexpected']);

export class OreError extends Error {
  constructor(
    readonly code: OreErrorCode,
    /** English, for developers: what went wrong and where. */
    message: string,
    /** Values for the localised message, e.g. `{ slug }`. */
    readonly params: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'OreError';
  }

  get retryable(): boolean {
    return RETRYABLE.has(this.code);
  }
}

export interface OreErrorDetail {
  code: OreErrorCode;
  message: string;
}

/**
 * Any thrown value as an OreError: the kit's own keep their code; anything else is a defect
 * (a bug, a browser that lacks an API), never mistaken for a network problem.
 */
export function toOreError(error: unknown): OreError {
  if (error instanceof OreError) return error;
  const cause = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new OreError('unexpected', `unexpected error: ${cause}`);
}

/** Announces a failure: a console warning naming the cause and a bubbling, composed `ore-error`. */
export function reportError(host: HTMLElement, error: unknown): OreError {
  const oreError = toOreError(error);
  console.warn(`ore-kit: <${host.localName}> ${oreError.message}`, ...(oreError === error ? [] : [error]));
  emit(host, 'ore-error', { code: oreError.code, message: oreError.message });
  return oreError;
}
