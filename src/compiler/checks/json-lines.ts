/** Line numbers in a JSON file for dotted keys, so a message can say `locales/pl/ui.json:42`. */
export function jsonLineOf(text: string, dotted: string): number | undefined {
  let position = 0;
  for (const segment of dotted.split('.')) {
    const at = text.indexOf(JSON.stringify(segment) + ':', position);
    const spaced = at < 0 ? text.slice(position).search(new RegExp(`${escape(JSON.stringify(segment))}\\s*:`)) : -1;
    const found = at >= 0 ? at : spaced >= 0 ? position + spaced : -1;
    if (found < 0) return undefined;
    position = found + 1;
  }
  return text.slice(0, position).split('\n').length;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
