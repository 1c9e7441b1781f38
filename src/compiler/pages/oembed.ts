/**
 * Static oEmbed responses (oembed.com, type `rich`) for card and quiz pages: platforms that
 * embed by URL (WordPress, for every user role) read the page's discovery link, fetch this JSON
 * and insert its `html`, the iframe of `embed.html`. Its URLs must be absolute, so they exist
 * only when the build knows the address `dist/` is served from (`ORE_KIT_URL`).
 */
import { FRAME_SIZE, embedUrl, iframeHtml, type EmbedChoice } from '../../shared/embed.ts';

export interface OEmbedResponse {
  type: 'rich';
  version: '1.0';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
}

export function oembedResponse(publicUrl: string, choice: EmbedChoice, title: string): OEmbedResponse {
  const lang = choice.attributes.lang ?? 'en';
  const { width, height } = FRAME_SIZE[choice.widget];
  return {
    type: 'rich',
    version: '1.0',
    title,
    provider_name: 'ore-kit',
    provider_url: publicUrl,
    // No fallback inside the iframe here: the consumer shows the page's own URL when it cannot embed.
    html: iframeHtml(embedUrl(publicUrl, choice), { title, lang, widget: choice.widget, frameborder: true }),
    width,
    height,
  };
}
