import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { elementMeta, renderElement, type Example } from '../../../.storybook/element-stories.ts';
import './define.ts';
import { playFeedback, playScore } from './ore-quiz.play.ts';

export interface QuizArgs {
  quiz?: string;
  shuffle?: boolean;
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
}

export const quizExamples: Record<string, Example<QuizArgs>> = {
  Question: { args: { quiz: 'circular-economy', shuffle: false }, outcome: 'ore-ready' },
  Shuffled: { args: { quiz: 'circular-economy', shuffle: true }, outcome: 'ore-ready' },
  Translated: { args: { quiz: 'circular-economy', shuffle: false, lang: 'de' }, outcome: 'ore-ready' },
  FallbackToEnglish: { args: { quiz: 'circular-economy', shuffle: false, lang: 'fi' }, outcome: 'ore-ready' },
  UnknownQuiz: { args: { quiz: 'no-such-quiz', shuffle: false }, outcome: 'ore-error' },
  MissingAttribute: { args: { shuffle: false }, outcome: 'ore-error' },
};

/** Renders a quiz with the story's args, in the given theme unless the args set one. */
export function renderQuiz(args: QuizArgs, theme = 'auto') {
  return renderElement('ore-quiz', args, theme);
}

const meta: Meta<QuizArgs> = {
  title: 'Elements/ore-quiz',
  tags: ['autodocs'],
  // The examples and the render function are exported for the browser tests; they are not stories.
  excludeStories: /(Examples|^render[A-Z]\w*)$/,
  ...elementMeta<QuizArgs>('ore-quiz'),
};
export default meta;

type Story = StoryObj<QuizArgs>;

export const Question: Story = { args: quizExamples.Question.args };
export const Shuffled: Story = { args: quizExamples.Shuffled.args };
export const Translated: Story = { args: quizExamples.Translated.args };
export const FallbackToEnglish: Story = { args: quizExamples.FallbackToEnglish.args };
export const UnknownQuiz: Story = { args: quizExamples.UnknownQuiz.args, tags: ['ore-error'] };
export const MissingAttribute: Story = { args: quizExamples.MissingAttribute.args, tags: ['ore-error'] };

/** One answer checked: the verdict, the explanation and the way on. Answered by a play function, as a pupil would. */
export const Feedback: Story = { args: quizExamples.Question.args, play: playFeedback, parameters: { docs: { story: { autoplay: true } } } };
/** Every question answered: the score and the review of the misses. */
export const Score: Story = { args: quizExamples.Question.args, play: playScore, parameters: { docs: { story: { autoplay: true } } } };
