/**
 * `embed.html`: one widget alone, chosen by the address (SPEC "Embedding"), for an iframe on any
 * page, sandboxed or not. It loads the kit as every host page does, sizes to its content and
 * tells its parent its height after each render (`ore-kit-frame.js` listens). An address it
 * cannot show gives a readable message in the requested language instead of a blank frame.
 */
import { SOURCE_LOCALE, directionOf, matchLocale } from '../shared/locales.ts';
import { RESIZE_MESSAGE, WIDGETS, parseEmbedQuery, type EmbedProblem } from '../shared/embed.ts';
import { fetchUiStrings } from './ui-strings.ts';

const main = document.getElementById('widget')!;
const base = new URL('./', document.baseURI).href;
const params = new URLSearchParams(location.search);
const requested = params.get('lang')?.trim();
const locale = matchLocale(requested) ?? navigator.languages.map((tag) => matchLocale(tag)).find(Boolean) ?? SOURCE_LOCALE;
document.documentElement.lang = locale;
document.documentElement.dir = directionOf(locale);

let lastHeight = -1;
function postHeight(): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === lastHeight) return;
  lastHeight = height;
  // The height is no secret and the parent's origin is unknown (an opaque one, in a sandbox): any parent may read it.
  window.parent.postMessage({ type: RESIZE_MESSAGE, height }, '*');
}
new ResizeObserver(postHeight).observe(document.documentElement);
for (const type of ['ore-ready', 'ore-error']) document.addEventListener(type, () => requestAnimationFrame(() => ((lastHeight = -1), postHeight())));

async function showProblems(problems: EmbedProblem[]): Promise<void> {
  const t = await fetchUiStrings(base, locale);
  const box = document.createElement('section');
  box.className = 'embed-problem';
  box.setAttribute('role', 'alert');
  const heading = document.createElement('h1');
  heading.textContent = t('embed.problem');
  const list = document.createElement('ul');
  for (const problem of problems) {
    const item = document.createElement('li');
    item.textContent = t(problem.key, problem.vars);
    list.append(item);
  }
  const help = document.createElement('p');
  const link = document.createElement('a');
  link.href = `${base}index.html?lang=${encodeURIComponent(locale)}`;
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = t('embed.help');
  help.append(link);
  box.append(heading, list, help);
  main.replaceChildren(box);
  document.title = t('embed.problem');
  for (const problem of problems) console.warn(`ore-kit embed: ${problem.key} ${JSON.stringify(problem.vars)}`);
  postHeight();
}

async function start(): Promise<void> {
  let tags: readonly string[];
  try {
    // The same URL as a host page's script tag, so the kit is one module whoever imports it.
    ({ tags } = (await import(/* @vite-ignore */ new URL('ore-kit.js', base).href)) as { tags: readonly string[] });
  } catch (error) {
    console.warn('ore-kit embed: the kit could not be loaded', error);
    return showProblems([{ key: 'kit.loadFailed', vars: {} }]);
  }
  const parsed = parseEmbedQuery(params, (value) => CSS.supports('color', value), (tag) => tags.includes(tag));
  if (parsed.problems.length || !parsed.widget) return showProblems(parsed.problems);
  if (parsed.accent) document.documentElement.style.setProperty('--ore-color-accent', parsed.accent);
  const element = document.createElement(WIDGETS[parsed.widget]);
  for (const [name, value] of Object.entries(parsed.attributes)) element.setAttribute(name, value);
  if (!parsed.attributes.lang) element.setAttribute('lang', locale);
  main.replaceChildren(element);
}

void start();
