/**
 * The iframe route's contract (SPEC "Embedding"): which widgets `embed.html` shows, which query
 * parameters each takes and what values they accept, the message it posts to its parent, and
 * the snippets that embed a widget. Pure code: the compiler writes oEmbed responses with it,
 * the browser's embed page parses its address with it, the configurator writes snippets with it.
 */

/** `widget=` values and the element each one shows. */
export const WIDGETS = {
  card: 'ore-card',
  deck: 'ore-deck',
  banner: 'ore-banner',
  quiz: 'ore-quiz',
  glossary: 'ore-glossary',
  explorer: 'ore-explorer',
} as const;
export type WidgetName = keyof typeof WIDGETS;
export const WIDGET_NAMES = Object.keys(WIDGETS) as WidgetName[];

export function isWidgetName(name: string): name is WidgetName {
  return Object.hasOwn(WIDGETS, name);
}

/** What `embed.html` posts to `window.parent` after each render. `ore-kit-frame.js` repeats these values (it imports nothing). */
export const RESIZE_MESSAGE = 'ore-kit:resize';
/** Heights (CSS px) a resizer accepts; anything else is ignored. */
export const FRAME_HEIGHT = { min: 16, max: 20_000 } as const;

export type ParameterKind =
  | { kind: 'slug' }
  | { kind: 'slugs' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'integer'; min: number; max?: number }
  | { kind: 'number' }
  | { kind: 'boolean' }
  | { kind: 'url' };

const slug: ParameterKind = { kind: 'slug' };
const slugs: ParameterKind = { kind: 'slugs' };
const headingLevel: ParameterKind = { kind: 'integer', min: 1, max: 6 };

/** Every element attribute each widget takes (besides `lang`, `theme` and `accent`, which all take). */
export const WIDGET_PARAMETERS: Record<WidgetName, Record<string, ParameterKind>> = {
  card: { card: slug, variant: { kind: 'enum', values: ['full', 'compact'] }, 'heading-level': headingLevel },
  deck: {
    topic: slug,
    tags: slugs,
    region: slug,
    cards: slugs,
    layout: { kind: 'enum', values: ['carousel', 'grid'] },
    limit: { kind: 'integer', min: 1 },
    'heading-level': headingLevel,
  },
  banner: { topic: slug, region: slug, interval: { kind: 'number' }, href: { kind: 'url' } },
  quiz: { quiz: slug, shuffle: { kind: 'boolean' }, 'heading-level': headingLevel },
  glossary: { term: slug, 'heading-level': headingLevel },
  explorer: { object: slug, 'heading-level': headingLevel },
};

/** The parameter a widget cannot do without. */
export const REQUIRED_PARAMETER: Partial<Record<WidgetName, string>> = { card: 'card', quiz: 'quiz', explorer: 'object' };

export const THEME_VALUES = ['auto', 'light', 'dark'] as const;

/** A problem with an embed address, as a UI-string key of the `embed` section and its values. */
export interface EmbedProblem {
  key: 'embed.noWidget' | 'kit.loadFailed' | 'embed.unknownWidget' | 'embed.unavailable' | 'embed.unknownParameter' | 'embed.invalidValue' | 'embed.missing';
  vars: Record<string, string>;
}

export interface ParsedEmbed {
  widget?: WidgetName;
  /** Attributes for the element, `lang` and `theme` included when given. */
  attributes: Record<string, string>;
  /** The accent colour, when given and valid. */
  accent?: string;
  problems: EmbedProblem[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isValidValue(kind: ParameterKind, value: string): boolean {
  switch (kind.kind) {
    case 'slug':
      return SLUG.test(value);
    case 'slugs':
      return value.split(',').every((part) => SLUG.test(part.trim()));
    case 'enum':
      return kind.values.includes(value);
    case 'integer': {
      const n = Number(value);
      return /^\d+$/.test(value) && n >= kind.min && (kind.max === undefined || n <= kind.max);
    }
    case 'number':
      return /^\d+(\.\d+)?$/.test(value) && Number(value) > 0;
    case 'boolean':
      return ['', 'true', 'false', 'yes', 'no', 'on', 'off'].includes(value);
    case 'url':
      return isSafeUrl(value);
  }
}

/** http:, https: or a relative URL: what the elements' URL attributes accept. */
export function isSafeUrl(value: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value.trim());
  return !scheme || ['http', 'https'].includes(scheme[1].toLowerCase());
}

/**
 * Reads `embed.html`'s query. `isColour` checks `accent` (the browser passes `CSS.supports`);
 * `isAvailable` says whether a widget's element exists in this build (the element registry).
 */
export function parseEmbedQuery(
  params: URLSearchParams,
  isColour: (value: string) => boolean,
  isAvailable: (tag: string) => boolean,
): ParsedEmbed {
  const problems: EmbedProblem[] = [];
  const attributes: Record<string, string> = {};
  const name = params.get('widget')?.trim() ?? '';
  const available = WIDGET_NAMES.filter((w) => isAvailable(WIDGETS[w]));
  const list = available.join(', ');
  if (!name) return { attributes, problems: [{ key: 'embed.noWidget', vars: { widgets: list } }] };
  if (!isWidgetName(name)) return { attributes, problems: [{ key: 'embed.unknownWidget', vars: { widget: name, widgets: list } }] };
  if (!isAvailable(WIDGETS[name])) return { attributes, problems: [{ key: 'embed.unavailable', vars: { widget: name, widgets: list } }] };
  const known = WIDGET_PARAMETERS[name];
  let accent: string | undefined;
  for (const [parameter, raw] of params) {
    const value = raw.trim();
    if (parameter === 'widget') continue;
    if (parameter === 'lang') {
      if (value) attributes.lang = value;
    } else if (parameter === 'theme') {
      if ((THEME_VALUES as readonly string[]).includes(value)) attributes.theme = value;
      else problems.push({ key: 'embed.invalidValue', vars: { parameter, value, expected: THEME_VALUES.join(', ') } });
    } else if (parameter === 'accent') {
      if (isColour(value)) accent = value;
      else problems.push({ key: 'embed.invalidValue', vars: { parameter, value, expected: '#00594f' } });
    } else if (Object.hasOwn(known, parameter)) {
      const kind = known[parameter];
      if (isValidValue(kind, value)) attributes[parameter] = value;
      else problems.push({ key: 'embed.invalidValue', vars: { parameter, value, expected: describeKind(kind) } });
    } else {
      problems.push({ key: 'embed.unknownParameter', vars: { parameter, widget: name, parameters: ['lang', 'theme', 'accent', ...Object.keys(known)].join(', ') } });
    }
  }
  const required = REQUIRED_PARAMETER[name];
  if (required && !attributes[required] && !problems.some((p) => p.vars.parameter === required)) {
    problems.push({ key: 'embed.missing', vars: { parameter: required, widget: name } });
  }
  return { widget: name, attributes, ...(accent ? { accent } : {}), problems };
}

/** How a value should look, for a message; language-neutral (values and examples only). */
function describeKind(kind: ParameterKind): string {
  switch (kind.kind) {
    case 'slug':
      return 'lithium-strategic-raw-material';
    case 'slugs':
      return 'a,b,c';
    case 'enum':
      return kind.values.join(', ');
    case 'integer':
      return kind.max ? `${kind.min}–${kind.max}` : `${kind.min}, ${kind.min + 1}, …`;
    case 'number':
      return '8';
    case 'boolean':
      return 'true, false';
    case 'url':
      return 'https://…';
  }
}

export interface EmbedChoice {
  widget: WidgetName;
  /** Element attributes (`lang` and `theme` included). */
  attributes: Record<string, string>;
  accent?: string;
}

/** `BASE/embed.html?widget=…&…` for a choice; `base` ends with a slash. */
export function embedUrl(base: string, choice: EmbedChoice): string {
  const query = new URLSearchParams({ widget: choice.widget });
  for (const [name, value] of Object.entries(choice.attributes)) if (value !== '') query.set(name, value);
  if (choice.accent) query.set('accent', choice.accent);
  return `${base}embed.html?${query}`;
}

/**
 * A box each widget starts with in an iframe, before `ore-kit-frame.js` fits it to its content
 * (CSS px). Where nothing fits it (an oEmbed consumer), a longer widget scrolls in its frame.
 * Measured on the library at these widths: a card 1000–2600 px tall (until cards clamp their
 * text), a quiz 370–500, a deck 990, a banner 220, one term 200, the whole glossary far more.
 */
export const FRAME_SIZE: Record<WidgetName, { width: number; height: number }> = {
  card: { width: 480, height: 1000 },
  deck: { width: 640, height: 1000 },
  banner: { width: 640, height: 240 },
  quiz: { width: 640, height: 520 },
  glossary: { width: 640, height: 720 },
  explorer: { width: 640, height: 720 },
};

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SPECIAL = /[&<>"']/;

/** Text made safe for HTML content and quoted attributes. Most text has nothing to escape: it is returned as it is. */
export const escapeHtml = (text: string): string => (SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => ENTITIES[c]) : text);

/** The link every snippet carries: a block of its own, in its own language, to the widget's static page. */
export function fallbackHtml(link: { href: string; text: string; lang: string }): string {
  return `<p lang="${escapeHtml(link.lang)}"><a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a></p>`;
}

/**
 * The iframe snippet. The fallback link sits inside the iframe: browsers never show it, but a
 * platform that strips the iframe tag keeps its content, so the reader still gets the link.
 */
export function iframeHtml(
  src: string,
  options: { title: string; lang: string; widget: WidgetName; fallback?: { href: string; text: string; lang: string }; frameborder?: boolean },
): string {
  const { width, height } = FRAME_SIZE[options.widget];
  const fallback = options.fallback ? fallbackHtml(options.fallback) : '';
  // oEmbed consumers (WordPress) drop `style` but keep the obsolete `frameborder`, the only way left to lose the border.
  const border = options.frameborder ? ' frameborder="0"' : '';
  return `<iframe class="ore-kit-frame" src="${escapeHtml(src)}" title="${escapeHtml(options.title)}" lang="${escapeHtml(options.lang)}" width="${width}" height="${height}"${border} style="border:0;max-width:100%" loading="lazy">${fallback}</iframe>`;
}
