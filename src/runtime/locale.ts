/**
 * Locale resolution as the README ("Embed a card") fixes it: the element's `lang` → the closest ancestor's `lang`
 * (across shadow roots) → `<html lang>` → `navigator.languages` → the source locale; then the
 * best shipped match (`pt-BR` → `pt`). A `lang` that matches nothing falls back to the source
 * locale and is reported, so a site owner learns why the widget is in English.
 */
import { SOURCE_LOCALE, matchLocale } from '../shared/locales.ts';

export interface ResolvedLocale {
  locale: string;
  /** The tag the page asked for, when it asked through a `lang` attribute. */
  requested?: string;
  /** False when `requested` matches no shipped locale. */
  known: boolean;
}

/** The nearest non-empty `lang` attribute on the element or its ancestors, crossing shadow roots. */
export function declaredLanguage(element: Element): string | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang')?.trim();
      if (lang) return lang;
    }
    node = node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
  }
  return undefined;
}

export function resolveLocale(element: Element): ResolvedLocale {
  const requested = declaredLanguage(element);
  if (requested) {
    const locale = matchLocale(requested);
    return locale ? { locale, requested, known: true } : { locale: SOURCE_LOCALE, requested, known: false };
  }
  for (const tag of navigator.languages ?? []) {
    const locale = matchLocale(tag);
    if (locale) return { locale, known: true };
  }
  return { locale: SOURCE_LOCALE, known: true };
}
