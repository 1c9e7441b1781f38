/**
 * UI-string sections only the site's own pages use (the configurator, the embed page's
 * messages, the static worksheets and topic pages, the translation status page), never an element. They live in ui.json
 * like every string, so translators and checks treat them alike, but the build keeps them out
 * of what the elements bundle (English) and fetch (`content/<locale>/ui.json`): the site gets
 * them from `content/<locale>/site.json`.
 */
export const SITE_SECTIONS = ['gallery', 'embed', 'worksheet', 'topicPage', 'page', 'status'] as const;

export function isSiteKey(key: string): boolean {
  return (SITE_SECTIONS as readonly string[]).includes(key.split('.')[0]);
}
