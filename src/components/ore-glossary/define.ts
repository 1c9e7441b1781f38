/** Defines <ore-glossary> (once: a page that loads the kit twice gets no error). The registry loads this file. */
import { defineElement } from '../../runtime/define.ts';
import { OreGlossary } from './ore-glossary.ts';

defineElement('ore-glossary', OreGlossary);

declare global {
  interface HTMLElementTagNameMap {
    'ore-glossary': OreGlossary;
  }
}
