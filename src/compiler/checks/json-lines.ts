/** Line numbers in a JSON file for dotted keys, so a message can say `locales/pl/ui.json:42`. */
export function jsonLineOf(text: string, dotted: string): number | undefined {
  let position = 0;
  for (const segment of dotted.split('.')) {
    const key = new RegExp(`${JSON.stringify(segment).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`, 'g');
    key.lastIndex = position;
    const found = key.exec(text);
    if (!found) return undefined;
    position = found.index + 1;
  }
  return text.slice(0, position).split('\n').length;
}
