/**
 * The kit's events, typed once. Every one bubbles and is composed, so a listener on the host
 * page hears it from an element nested in another widget's shadow root.
 */
import type { OreErrorDetail } from './errors.ts';

export interface QuizAnswerDetail {
  /** 0-based index of the question in the quiz as authored, whatever order it was shown in. */
  question: number;
  correct: boolean;
}

export interface QuizCompleteDetail {
  score: number;
  total: number;
}

export interface ExplorerSelectDetail {
  object: string;
  part: string;
}

export interface OreEventDetails {
  /** The content is rendered: a listener already finds it in the shadow DOM. */
  'ore-ready': Record<string, never>;
  /** The element cannot show its content; dispatched once the message is shown. */
  'ore-error': OreErrorDetail;
  'ore-quiz-answer': QuizAnswerDetail;
  'ore-quiz-complete': QuizCompleteDetail;
  'ore-explorer-select': ExplorerSelectDetail;
}

export type OreEventName = keyof OreEventDetails;

type OreEventMap = { [K in OreEventName]: CustomEvent<OreEventDetails[K]> };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends OreEventMap {}
}

/** Dispatches one of the kit's events from `host`: always bubbling and composed. */
export function emit<K extends OreEventName>(host: EventTarget, type: K, detail: OreEventDetails[K]): boolean {
  return host.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
}
