import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import './define.ts';
import { playFeedback, playScore } from './ore-quiz.play.ts';

export interface QuizArgs {
  quiz?: string;
  shuffle: boolean;
  lang?: string;
}

/**
 * Each state of the quiz that attributes alone reach, as data: the stories below and the browser
 * tests (tests/browser/stories.test.ts) are both generated from this list. The feedback and score
 * screens follow from answering; tests/browser/ore-quiz.test.ts walks through them.
 */
export const quizExamples: Record<string, { args: QuizArgs; outcome: 'ore-ready' | 'ore-error' }> = {
  Question: { args: { quiz: 'circular-economy', shuffle: false }, outcome: 'ore-ready' },
  Shuffled: { args: { quiz: 'circular-economy', shuffle: true }, outcome: 'ore-ready' },
  Translated: { args: { quiz: 'circular-economy', shuffle: false, lang: 'de' }, outcome: 'ore-ready' },
  FallbackToEnglish: { args: { quiz: 'circular-economy', shuffle: false, lang: 'fi' }, outcome: 'ore-ready' },
  UnknownQuiz: { args: { quiz: 'no-such-quiz', shuffle: false }, outcome: 'ore-error' },
  MissingAttribute: { args: { shuffle: false }, outcome: 'ore-error' },
};

/** Renders a quiz with the story's args and the toolbar's theme. */
export function renderQuiz(args: QuizArgs, theme = 'auto') {
  return html`<ore-quiz quiz=${args.quiz ?? nothing} ?shuffle=${args.shuffle} lang=${args.lang ?? nothing} theme=${theme}></ore-quiz>`;
}

const meta: Meta<QuizArgs> = {
  title: 'Elements/ore-quiz',
  component: 'ore-quiz',
  tags: ['autodocs'],
  argTypes: {
    quiz: { control: 'text' },
    shuffle: { control: 'boolean' },
    lang: { control: 'text' },
  },
  render: (args, { globals }) => renderQuiz(args, globals.theme as string),
};
export default meta;

type Story = StoryObj<QuizArgs>;

export const Question: Story = { args: quizExamples.Question.args };
export const Shuffled: Story = { args: quizExamples.Shuffled.args };
export const Translated: Story = { args: quizExamples.Translated.args };
export const FallbackToEnglish: Story = { args: quizExamples.FallbackToEnglish.args };
export const UnknownQuiz: Story = { args: quizExamples.UnknownQuiz.args };
export const MissingAttribute: Story = { args: quizExamples.MissingAttribute.args };

/**
 * The feedback after a wrong answer and the score screen with its review, reached by playing the
 * quiz as a reader does (ore-quiz.play.ts); `autoplay` shows them on the docs page too.
 */
export const Feedback: Story = {
  args: quizExamples.Question.args,
  play: playFeedback,
  parameters: { docs: { story: { autoplay: true } } },
};
export const Score: Story = {
  args: quizExamples.Question.args,
  play: playScore,
  parameters: { docs: { story: { autoplay: true } } },
};
