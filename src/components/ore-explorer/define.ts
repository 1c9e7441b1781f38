/** Defines <ore-explorer> (once: a page that loads the kit twice gets no error). The registry loads this file. */
import { defineElement } from '../../runtime/define.ts';
import { OreExplorer } from './ore-explorer.ts';

defineElement('ore-explorer', OreExplorer);

declare global {
  interface HTMLElementTagNameMap {
    'ore-explorer': OreExplorer;
  }
}
