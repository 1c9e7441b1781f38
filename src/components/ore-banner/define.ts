/** Defines <ore-banner> (once: a page that loads the kit twice gets no error). The registry loads this file. */
import { defineElement } from '../../runtime/define.ts';
import { OreBanner } from './ore-banner.ts';

defineElement('ore-banner', OreBanner);

declare global {
  interface HTMLElementTagNameMap {
    'ore-banner': OreBanner;
  }
}
