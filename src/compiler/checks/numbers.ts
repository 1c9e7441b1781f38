/**
 * Numbers in text, written the English way in the source (`10,000`, `22.3`) and any usual way in
 * a translation (`10 000` with a space, no-break or narrow no-break space, `10.000`, `10000`,
 * `10,000`; `22,3` or `22.3`). Years are plain digits everywhere.
 */

/** Text without glossary slugs (`[[e-waste-2022|…]]`) and URLs, whose digits are not numbers. */
function readable(text: string): string {
  return text
    .replace(/\[\[[a-z0-9-]+\|/g, '[[')
    .replace(/\[\[[a-z0-9-]+\]\]/g, ' ')
    .replace(/\]\(https?:[^)]*\)/g, ']')
    .replace(/https?:\/\/\S+/g, ' ');
}

/**
 * The numbers an English text states, as values: `10,000` → 10000, `22.3` → 22.3. Ordinals
 * (`19th century`) and decades (`the 1960s`) are left out: languages write them in their own
 * ways (1800-talet, siglo XIX, anos 60), so their digits need not reappear.
 */
export function sourceNumbers(text: string): number[] {
  const out: number[] = [];
  const plain = readable(text);
  for (const match of plain.matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g)) {
    const after = plain.slice(match.index + match[0].length, match.index + match[0].length + 3);
    if (/^(?:st|nd|rd|th)\b/.test(after) || /^\d{4}$/.test(match[0]) && /^['’]?s\b/.test(after)) continue;
    out.push(Number(match[0].replace(/,/g, '')));
  }
  return [...new Set(out)];
}

/** Between digits: thousands groups, decimal marks, and the mark of a time (3.30 is 3:30 or 3h30). */
const GROUP = '[ \u00a0\u202f.,:h\u2009\']';
const NUMBER_TOKEN = new RegExp(`\\d+(?:${GROUP}\\d+)*`, 'g');
const SEPARATOR = new RegExp(GROUP);
const SEPARATORS = new RegExp(GROUP, 'g');

/** Every value a number written in a translation may stand for. */
export function translationNumbers(text: string): Set<number> {
  const values = new Set<number>();
  for (const [token] of readable(text).matchAll(NUMBER_TOKEN)) {
    const parts = token.split(SEPARATOR);
    const separators = token.match(SEPARATORS) ?? [];
    for (const part of parts) values.add(Number(part));
    values.add(Number(parts.join('')));
    // Two numbers side by side ("2010 12,2 %"): each decimal pair stands on its own too.
    for (let i = 0; i < separators.length; i++) {
      if (/[.,:h]/.test(separators[i])) values.add(Number(`${parts[i]}.${parts[i + 1]}`));
    }
    // "3 billion" is "3000 millones" or "3 miljardia": a count of thousands stands for the number too.
    const whole = Number(parts.join(''));
    if (whole >= 1000) values.add(whole / 1000);
    // Grouped thousands, optionally followed by a decimal part: 10 000 · 10.000 · 1.234,5
    const grouped = (list: string[]) => list.length > 1 && /^\d{1,3}$/.test(list[0]) && list.slice(1).every((p) => /^\d{3}$/.test(p));
    if (grouped(parts)) values.add(Number(parts.join('')));
    if (parts.length >= 2 && /[.,]/.test(separators[separators.length - 1])) {
      const integer = parts.slice(0, -1);
      if (integer.length === 1 || grouped(integer)) values.add(Number(`${integer.join('')}.${parts[parts.length - 1]}`));
    }
  }
  return values;
}
