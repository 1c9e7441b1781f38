/** Defines <ore-quiz> (once: a page that loads the kit twice gets no error). The registry loads this file. */
import { defineElement } from '../../runtime/define.ts';
import { OreQuiz } from './ore-quiz.ts';

defineElement('ore-quiz', OreQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'ore-quiz': OreQuiz;
  }
}
