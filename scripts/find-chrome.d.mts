/** Path of Chrome/Chromium from $CHROME_PATH or PATH, or undefined. */
export function findChrome(): string | undefined;
/** Flags for headless Chromium on CI and in containers. */
export const CHROME_ARGS: string[];
