import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { CardSummary, CompiledQuestion, CompiledQuiz } from '../../shared/catalog.ts';
import { tokens } from '../shared/tokens.styles.ts';
import { statusStyles } from '../shared/status.styles.ts';
import { quizStyles } from './ore-quiz.styles.ts';
import { LocalizeController } from '../../runtime/localize-controller.ts';
import { cardPageUrl, loadQuiz } from '../../runtime/content-client.ts';
import { OreError } from '../../runtime/errors.ts';
import { ContentController } from '../shared/content-controller.ts';
import { THEMES, booleanAttribute, enumAttribute, type Theme } from '../../runtime/attributes.ts';
import { emit } from '../../runtime/events.ts';

/** What the quiz shows of a card: a link with its title. */
type CardRef = Pick<CardSummary, 'slug' | 'title' | 'lang'>;

/** A quiz with the titles of the cards its explanations come from. */
interface QuizContent {
  quiz: CompiledQuiz;
  cards: Map<string, CardRef>;
}

/** One run through the quiz: the order shown and the answers given, all as authored indexes. */
interface Session {
  key: string;
  /** Authored question indexes in the order they are asked. */
  order: number[];
  /** Per authored question: authored choice indexes in the order they are shown. */
  choiceOrder: number[][];
  /** Per authored question: the authored index of the choice given, once checked. */
  answers: (number | undefined)[];
}

async function loadQuizFor(locale: string, slug: string): Promise<QuizContent> {
  if (!slug) throw new OreError('missing-attribute', 'the quiz attribute is empty', { attribute: 'quiz' });
  // The card titles are compiled into the quiz: one file, no index.
  const quiz = await loadQuiz(locale, slug);
  return { quiz, cards: new Map(quiz.questions.map((q) => [q.card, { slug: q.card, title: q.cardTitle, lang: q.cardLang }])) };
}

function range(length: number): number[] {
  return Array.from({ length }, (_, i) => i);
}

/** Fisher–Yates, on `Math.random` so a test can make it predictable. */
function shuffled<T>(items: T[]): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}

/** Marks where content goes inside a UI string, so it can carry its own `lang`. */
const SLOT = '\u{E000}';

/**
 * @tag ore-quiz
 * @summary A multiple-choice quiz, one question at a time, with feedback, explanations and a score.
 *
 * @csspart base - The quiz's box.
 * @csspart header - The quiz title.
 * @csspart title - The quiz title (an `h2`).
 * @csspart notice - A note about the language shown (fallback, machine translation).
 * @csspart progress - "Question 2 of 8".
 * @csspart form - The form holding the current question.
 * @csspart question - The radio group of the current question (a `fieldset`).
 * @csspart legend - The question text (the group's `legend`).
 * @csspart choices - The list of choices.
 * @csspart choice - One choice: a label around a radio button.
 * @csspart choice-correct - Added to the right choice once the answer is checked.
 * @csspart choice-incorrect - Added to a wrong choice the reader picked, once checked.
 * @csspart radio - The radio button of a choice.
 * @csspart feedback - The live region announcing "choose first", right or wrong, and the explanation.
 * @csspart verdict - Right or wrong, with the right answer.
 * @csspart explanation - Why the answer is right.
 * @csspart card-link - Link to the card the explanation comes from.
 * @csspart action - The "Check answer" / "Next question" / "See your score" button.
 * @csspart result - The final screen.
 * @csspart score - The score heading.
 * @csspart perfect - The message shown when every answer was right.
 * @csspart review - The list of questions answered wrongly.
 * @csspart review-heading - The heading of the review list.
 * @csspart review-item - One wrongly answered question with both answers and the explanation.
 * @csspart review-question - The question in a review item.
 * @csspart your-answer - The answer the reader gave, in a review item.
 * @csspart right-answer - The right answer, in a review item.
 * @csspart review-explanation - The explanation, in a review item.
 * @csspart restart - The "Start again" button.
 * @csspart loading - The placeholder shown while loading.
 * @csspart error - The message shown when the quiz cannot be shown.
 * @csspart error-title - The heading line of that message.
 * @csspart error-message - What went wrong, in the reader's language.
 * @csspart retry - The "try again" button in the error message.
 *
 * @cssproperty [--ore-quiz-reserved-size=18em] - Height reserved while loading.
 *
 * @event {CustomEvent<{}>} ore-ready - The quiz's content has rendered.
 * @event {CustomEvent<{code: string, message: string}>} ore-error - The quiz cannot be shown (unknown slug, failed fetch, missing attribute).
 * @event {CustomEvent<{question: number, correct: boolean}>} ore-quiz-answer - An answer was checked; `question` is the 0-based index of the question as authored, even when shuffled.
 * @event {CustomEvent<{score: number, total: number}>} ore-quiz-complete - The last answer was checked and the score is shown.
 */
export class OreQuiz extends LitElement {
  static override styles = [tokens, statusStyles, quizStyles];

  /** Slug of the quiz to show, e.g. `circular-economy`. */
  @property({ reflect: true }) quiz = '';

  /** Asks the questions, and offers each question's choices, in a new random order on every run. */
  @property(booleanAttribute('shuffle')) shuffle = false;

  /** Colour scheme: `light`, `dark` or `auto` (follows the reader's system setting). */
  @property(enumAttribute('theme', THEMES, 'auto')) theme: Theme = 'auto';

  /** The current run; replaced when the quiz, its length or `shuffle` changes, kept across a language switch. */
  @state() private session?: Session;

  /** Position in `session.order`; equal to its length on the score screen. */
  @state() private position = 0;

  /** Authored index of the choice selected for the current question. */
  @state() private selected?: number;

  /** Whether the current answer has been checked (choices locked, feedback shown). */
  @state() private checked = false;

  /** Text of the live region: "choose first", or the verdict. */
  @state() private announcement = '';

  private readonly localize = new LocalizeController(this);

  private readonly content = new ContentController(this, this.localize, { load: loadQuizFor, args: (): [string] => [this.quiz] });

  protected override willUpdate(): void {
    const loaded = this.content.value;
    if (!loaded) return;
    const { quiz } = loaded;
    const key = [quiz.slug, this.shuffle, ...quiz.questions.map((q) => q.choices.length)].join('|');
    if (this.session?.key !== key) this.startSession(quiz, key);
  }

  private startSession(quiz: CompiledQuiz, key: string): void {
    const order = range(quiz.questions.length);
    const choiceOrder = quiz.questions.map((q) => range(q.choices.length));
    this.session = {
      key,
      order: this.shuffle ? shuffled(order) : order,
      choiceOrder: this.shuffle ? choiceOrder.map(shuffled) : choiceOrder,
      answers: quiz.questions.map(() => undefined),
    };
    this.position = 0;
    this.selected = undefined;
    this.checked = false;
    this.announcement = '';
  }

  private get currentIndex(): number | undefined {
    return this.session?.order[this.position];
  }

  private handleChoice(event: Event): void {
    this.selected = Number((event.target as HTMLInputElement).value);
    if (this.announcement && !this.checked) this.announcement = '';
  }

  private handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.checked) this.advance();
    else this.check();
  }

  private check(): void {
    const quiz = this.content.value?.quiz;
    const index = this.currentIndex;
    if (!quiz || !this.session || index === undefined) return;
    const { t } = this.localize;
    if (this.selected === undefined) {
      this.announcement = t('quiz.chooseFirst');
      return;
    }
    const question = quiz.questions[index];
    const correct = this.selected === question.answer;
    this.session.answers[index] = this.selected;
    this.checked = true;
    this.announcement = correct ? t('quiz.correct') : t('quiz.incorrect', { answer: question.choices[question.answer] });
    emit(this, 'ore-quiz-answer', { question: index, correct });
    // Locking the choices takes focus from a radio checked with Enter; keep it on the next step.
    void this.updateComplete.then(() => this.shadowPart('action')?.focus());
  }

  private advance(): void {
    const { session } = this;
    if (!session) return;
    this.position += 1;
    this.selected = undefined;
    this.checked = false;
    this.announcement = '';
    if (this.position >= session.order.length) {
      const detail = { score: this.score(), total: session.order.length };
      void this.updateComplete.then(() => {
        this.shadowPart('score')?.focus();
        emit(this, 'ore-quiz-complete', detail);
      });
    } else {
      void this.updateComplete.then(() => this.shadowPart('question')?.focus());
    }
  }

  private handleRestart(): void {
    const quiz = this.content.value?.quiz;
    if (!quiz || !this.session) return;
    this.startSession(quiz, this.session.key);
    void this.updateComplete.then(() => this.shadowPart('question')?.focus());
  }

  private shadowPart(name: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[part~="${name}"]`);
  }

  private score(): number {
    const quiz = this.content.value?.quiz;
    if (!quiz || !this.session) return 0;
    return this.session.answers.filter((answer, i) => answer === quiz.questions[i].answer).length;
  }

  /**
   * A UI string in the reader's language with one piece of content in it (an answer, a card
   * title), which keeps its own `lang` so a screen reader pronounces a fallback right.
   */
  private withContent(key: string, name: string, value: string, lang: string, params: Record<string, unknown> = {}) {
    const [before, after = ''] = String(this.localize.t(key as 'quiz.readCard', { ...params, [name]: SLOT })).split(SLOT);
    return html`${before}<span lang=${lang}>${value}</span>${after}`;
  }

  override render() {
    return this.content.render((loaded) => this.renderQuiz(loaded));
  }

  private renderQuiz({ quiz, cards }: QuizContent) {
    const { locale } = this.localize;
    const session = this.session;
    if (!session) return nothing;
    const done = this.position >= session.order.length;
    return html`<section part="base" lang=${locale} dir=${this.localize.dir()} aria-labelledby="title">
      <div part="header" lang=${quiz.lang} dir=${this.localize.dir(quiz.lang)}>
        <h2 part="title" id="title">${quiz.title}</h2>
      </div>
      ${this.content.notices(quiz)} ${done ? this.renderResult(quiz, cards, session) : this.renderQuestion(quiz, cards, session)}
    </section>`;
  }

  private renderQuestion(quiz: CompiledQuiz, cards: Map<string, CardRef>, session: Session) {
    const { t } = this.localize;
    const index = session.order[this.position];
    const question = quiz.questions[index];
    const last = this.position === session.order.length - 1;
    const contentDir = this.localize.dir(quiz.lang);
    return html`<p part="progress">${t('quiz.progress', { current: this.position + 1, total: session.order.length })}</p>
      <form part="form" @submit=${this.handleSubmit} novalidate>
        <fieldset part="question" tabindex="-1">
          <legend part="legend" lang=${quiz.lang} dir=${contentDir}>${question.question}</legend>
          <div part="choices">
            ${session.choiceOrder[index].map((choice) => this.renderChoice(quiz, question, choice))}
          </div>
        </fieldset>
        <div part="feedback" id="feedback" role="status">
          ${this.announcement ? html`<p part="verdict">${this.renderVerdict(quiz, question)}</p>` : nothing}
          ${this.checked ? html`<p part="explanation" lang=${quiz.lang} dir=${contentDir}>${question.explanation}</p>` : nothing}
        </div>
        ${this.checked ? this.renderCardLink(cards, question) : nothing}
        <button part="action" type="submit">${t(this.checked ? (last ? 'quiz.finish' : 'quiz.next') : 'quiz.check')}</button>
      </form>`;
  }

  private renderVerdict(quiz: CompiledQuiz, question: CompiledQuestion) {
    const { t } = this.localize;
    if (!this.checked) return this.announcement;
    if (this.selected === question.answer) return t('quiz.correct');
    return this.withContent('quiz.incorrect', 'answer', question.choices[question.answer], quiz.lang);
  }

  private renderChoice(quiz: CompiledQuiz, question: CompiledQuestion, choice: number) {
    const parts = ['choice'];
    if (this.checked && choice === question.answer) parts.push('choice-correct');
    else if (this.checked && choice === this.selected) parts.push('choice-incorrect');
    return html`<label part=${parts.join(' ')}>
      <input
        part="radio"
        type="radio"
        name="choice"
        .value=${String(choice)}
        .checked=${live(this.selected === choice)}
        ?disabled=${this.checked}
        @change=${this.handleChoice}
      />
      <span lang=${quiz.lang} dir=${this.localize.dir(quiz.lang)}>${question.choices[choice]}</span>
    </label>`;
  }

  private renderCardLink(cards: Map<string, CardRef>, question: CompiledQuestion) {
    const card = cards.get(question.card);
    if (!card) return nothing;
    return html`<a part="card-link" href=${cardPageUrl(this.localize.locale, card.slug)}
      >${this.withContent('quiz.readCard', 'title', card.title, card.lang)}</a
    >`;
  }

  private renderResult(quiz: CompiledQuiz, cards: Map<string, CardRef>, session: Session) {
    const { t } = this.localize;
    const total = session.order.length;
    const score = this.score();
    const wrong = session.order.filter((index) => session.answers[index] !== quiz.questions[index].answer);
    const contentDir = this.localize.dir(quiz.lang);
    return html`<div part="result">
      <h3 part="score" id="score" tabindex="-1">${t('quiz.score', { count: total, score })}</h3>
      ${wrong.length === 0
        ? html`<p part="perfect">${t('quiz.perfect')}</p>`
        : html`<section part="review" aria-labelledby="review-heading">
            <h4 part="review-heading" id="review-heading">${t('quiz.review')}</h4>
            <ol>
              ${wrong.map((index) => {
                const question = quiz.questions[index];
                const given = session.answers[index];
                return html`<li part="review-item">
                  <p part="review-question" lang=${quiz.lang} dir=${contentDir}>${question.question}</p>
                  <p part="your-answer">
                    ${this.withContent('quiz.yourAnswer', 'answer', given === undefined ? '' : question.choices[given], quiz.lang)}
                  </p>
                  <p part="right-answer">${this.withContent('quiz.rightAnswer', 'answer', question.choices[question.answer], quiz.lang)}</p>
                  <p part="review-explanation" lang=${quiz.lang} dir=${contentDir}>${question.explanation}</p>
                  ${this.renderCardLink(cards, question)}
                </li>`;
              })}
            </ol>
          </section>`}
      <button part="restart" type="button" @click=${this.handleRestart}>${t('quiz.restart')}</button>
    </div>`;
  }
}
