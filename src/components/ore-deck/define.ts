/** Defines <ore-deck> (once: a page that loads the kit twice gets no error). The registry loads this file. */
import { defineElement } from '../../runtime/define.ts';
import { OreDeck } from './ore-deck.ts';

defineElement('ore-deck', OreDeck);

declare global {
  interface HTMLElementTagNameMap {
    'ore-deck': OreDeck;
  }
}
