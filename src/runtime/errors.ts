/**
 * Every failure a reader can meet has a code, a message in the reader's language (rendered by
 * the element) and an English cause for the console.
 */
export type OreErrorCode = 'unknown-card' | 'unknown-quiz' | 'unknown-term' | 'missing-attribute' | 'network' | 'unknown-locale';

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
}

export interface OreErrorDetail {
  code: OreErrorCode;
  message: string;
}

/** Announces a failure: a console warning naming the cause and a bubbling, composed `ore-error`. */
export function reportError(host: HTMLElement, error: unknown): OreError {
  const oreError =
    error instanceof OreError ? error : new OreError('network', `ore-kit: ${error instanceof Error ? error.message : String(error)}`);
  console.warn(`<${host.localName}> ${oreError.message}`);
  host.dispatchEvent(
    new CustomEvent<OreErrorDetail>('ore-error', {
      bubbles: true,
      composed: true,
      detail: { code: oreError.code, message: oreError.message },
    }),
  );
  return oreError;
}
