/** Defines <ore-card> (once: a page that loads the kit twice gets no error). The registry loads this file. */
import { defineElement } from '../../runtime/define.ts';
import { OreCard } from './ore-card.ts';

defineElement('ore-card', OreCard);

declare global {
  interface HTMLElementTagNameMap {
    'ore-card': OreCard;
  }
}
