/**
 * `ore-kit.css`: space reserved from the very first paint, before ore-kit.js has run, for a host
 * page that wants no layout shift at all (Lighthouse counts the moment an element is defined).
 * It sizes each undefined element exactly as the element will size itself: the same formulas as
 * the elements' `--_box` (a browser test compares them), from the width through container units.
 * A host links it, or copies it next to its own CSS when its policy is `style-src 'self'`.
 */
const BOXES: [selector: string, box: string, narrow?: [maxWidth: string, box: string]][] = [
  ['ore-card', 'calc(21em + max(0em, 40em - 100cqi) * 0.55)'],
  ['ore-card[variant="compact"]', 'calc(16em + max(0em, 30em - 100cqi) * 0.6)'],
  ['ore-deck', 'calc(21em + max(0em, 40em - 100cqi) * 0.55 + 3.75em)'],
  ['ore-deck[layout="grid"]', 'calc(2 * max(19em, calc(16em + max(0em, 30em - 100cqi) * 0.6)) + 1em + 3.75em)'],
  ['ore-banner', 'calc(2 * 1.45em + 1.4em)', ['44em', 'calc(4 * 1.45em + 8.6em)']],
  ['ore-quiz', 'clamp(30em, calc(50em - 40cqi), 38em)'],
  ['ore-glossary', 'clamp(36em, calc(50em - 30cqi), 38em)'],
  ['ore-glossary[term]', 'clamp(17em, calc(30.5em - 31cqi), 28em)'],
];

const TAGS = [...new Set(BOXES.map(([selector]) => selector.replace(/\[.*$/, '')))];
const undefinedOf = (selector: string) => selector.replace(/^(ore-[a-z]+)/, '$1:not(:defined)');

export const RESERVE_CSS = [
  '/* ore-kit: the space each widget takes, reserved before its code has loaded. */',
  `${TAGS.map((tag) => `${tag}:not(:defined)`).join(',')}{display:block;position:relative;container-type:inline-size;font-size:var(--ore-font-size,medium);overflow:hidden}`,
  // The box is drawn by a child (::before), whose container units resolve against the element.
  `${TAGS.map((tag) => `${tag}:not(:defined)::before`).join(',')}{content:"";display:block}`,
  // The snippet's fallback link sits inside the box instead of adding to it.
  `${TAGS.map((tag) => `${tag}:not(:defined)>*`).join(',')}{position:absolute;inset-block-start:1em;inset-inline:1em;margin:0}`,
  ...BOXES.flatMap(([selector, box, narrow]) => [
    `${undefinedOf(selector)}::before{block-size:${box}}`,
    ...(narrow ? [`@container (max-width:${narrow[0]}){${undefinedOf(selector)}::before{block-size:${narrow[1]}}}`] : []),
  ]),
].join('\n') + '\n';
