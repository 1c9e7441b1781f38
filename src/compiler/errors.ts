/** A problem in one content file, reported as `file:line field: message`. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly line?: number,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ContentError';
  }

  override toString(): string {
    const where = this.line ? `${this.file}:${this.line}` : this.file;
    return this.field ? `${where} ${this.field}: ${this.message}` : `${where}: ${this.message}`;
  }
}

/** Thrown when a library does not compile; carries every error found, not just the first. */
export class ContentBuildError extends Error {
  constructor(readonly errors: ContentError[]) {
    super(
      `ore-kit content has ${errors.length} error${errors.length === 1 ? '' : 's'}:\n` +
        errors.map((e) => `  ${e.toString()}`).join('\n'),
    );
    this.name = 'ContentBuildError';
  }
}
