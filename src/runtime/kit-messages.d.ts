/** The `kit` strings of every locale, keyed by locale (see src/compiler/kit-messages.ts). */
declare module 'virtual:ore-kit/messages' {
  const messages: Record<string, { loadFailed: string }>;
  export default messages;
}
