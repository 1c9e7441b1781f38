import { LitElement, html, nothing, svg } from 'lit';
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
import { THEMES, booleanAttribute, enumAttribute, headingLevelAttribute, type Theme } from '../../runtime/attributes.ts';
import { emit } from '../../runtime/events.ts';
import { heading } from '../shared/heading.ts';
import { inLang, withContent } from '../shared/with-content.ts';
import { intlTag } from '../../shared/locales.ts';

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

/**
 * @tag ore-quiz
 * @summary A multiple-choice quiz, one question at a time, with feedback, explanations, a score and a review.
 *
 * The quiz keeps one box from loading to the score screen: its height comes from its width
 * (taller when narrow), never from the question shown. The question area, or the review, scrolls
 * inside the box when it does not fit; the action button stays in view below it.
 *
 * @csspart base - The quiz's box.
 * @csspart header - The quiz's icon and title.
 * @csspart icon - The quiz's round icon beside the title.
 * @csspart title - The quiz title (a heading at `heading-level`, `h2` by default).
 * @csspart notice - A note about the language shown (fallback, machine translation).
 * @csspart steps - The progress: its text and its bar.
 * @csspart progress - "Question 2 of 8".
 * @csspart progress-bar - One step per question (for the eye: the text says the same).
 * @csspart progress-step - One step of the bar; also `progress-step-current`, `progress-step-right`, `progress-step-wrong`.
 * @csspart form - The form holding the current question.
 * @csspart stage - The area that scrolls inside the box when its content does not fit: the question and its feedback, or the score and the review.
 * @csspart question - The radio group of the current question (a `fieldset`), named by the progress and the question.
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
 * @csspart footer - The bar below the stage: the progress and the action button, or the restart button.
 * @csspart action - The "Check answer" / "Next question" / "See your score" button.
 * @csspart result - The final screen.
 * @csspart summary - The score: the ring, the score line and a word for the reader.
 * @csspart summary-chart - The ring with the number inside.
 * @csspart summary-ring - The ring (an `svg` image whose text alternative is the share right).
 * @csspart summary-track - The ring's full circle.
 * @csspart summary-arc - The ring's arc: the share of right answers.
 * @csspart summary-value - "7/10" inside the ring.
 * @csspart summary-text - The score line and the word below it.
 * @csspart score - The score heading.
 * @csspart perfect - The message shown when every answer was right.
 * @csspart advice - The message shown when some answers were wrong.
 * @csspart review - Every question again, in the order asked.
 * @csspart review-heading - The heading of the review.
 * @csspart review-list - The list of reviewed questions.
 * @csspart review-item - One question with the reader's answer, the right one and the explanation; also `review-item-right` or `review-item-wrong`.
 * @csspart review-number - The question's number in the review, with its mark.
 * @csspart review-body - The text of a review item.
 * @csspart review-result - "Right" or "Not right".
 * @csspart review-question - The question in a review item.
 * @csspart your-answer - The answer the reader gave, in a review item.
 * @csspart right-answer - The right answer, in a review item answered wrongly.
 * @csspart review-explanation - The explanation, in a review item.
 * @csspart restart - The "Start again" button.
 * @csspart loading - The placeholder shown while loading.
 * @csspart error - The message shown when the quiz cannot be shown.
 * @csspart error-title - The heading line of that message.
 * @csspart error-message - What went wrong, in the reader's language.
 * @csspart retry - The "try again" button in the error message.
 *
 * @cssproperty [--ore-quiz-reserved-size=from the width] - The quiz's height, the same while loading, on every question and on the score screen (by default 30–38em, taller when narrow).
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

  /** Level of the quiz title (1–6); the score and the review headings follow one and two levels below. */
  @property(headingLevelAttribute()) headingLevel = 2;

  /** Colour scheme: `light`, `dark` or `auto` (follows the host page's `color-scheme`). */
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

  /** Whether the stage's content is taller than the stage: then it is a focusable, named scrolling region. */
  @state() private stageScrolls = false;

  private readonly localize = new LocalizeController(this);

  private readonly content = new ContentController(this, this.localize, { load: loadQuizFor, args: (): [string] => [this.quiz] });

  private readonly stageObserver = new ResizeObserver(() => this.measureStage());
  private observedStage?: Element;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stageObserver.disconnect();
    this.observedStage = undefined;
  }

  protected override willUpdate(): void {
    const loaded = this.content.value;
    if (!loaded) return;
    const { quiz } = loaded;
    const key = [quiz.slug, this.shuffle, ...quiz.questions.map((q) => q.choices.length)].join('|');
    if (this.session?.key !== key) this.startSession(quiz, key);
  }

  protected override updated(): void {
    const stage = this.shadowPart('stage');
    if (stage !== this.observedStage) {
      this.stageObserver.disconnect();
      this.observedStage = stage ?? undefined;
      if (stage) {
        this.stageObserver.observe(stage);
        // The content inside changes size when the text reflows; the stage itself may not.
        for (const child of stage.children) this.stageObserver.observe(child);
      }
    }
    this.measureStage();
  }

  private measureStage(): void {
    const stage = this.observedStage as HTMLElement | undefined;
    // A focused stage stays focusable even if it stops scrolling (a wider window), or focus would drop to the page.
    const scrolls = !!stage && (stage.scrollHeight > stage.clientHeight + 1 || this.shadowRoot?.activeElement === stage);
    if (scrolls !== this.stageScrolls) this.stageScrolls = scrolls;
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
      void this.updateComplete.then(() => this.revealInStage('feedback'));
      return;
    }
    const question = quiz.questions[index];
    const correct = this.selected === question.answer;
    this.session.answers[index] = this.selected;
    this.checked = true;
    this.announcement = correct ? t('quiz.correct') : t('quiz.incorrect', { answer: question.choices[question.answer] });
    emit(this, 'ore-quiz-answer', { question: index, correct });
    // Locking the choices takes focus from a radio checked with Enter; keep it on the next step.
    void this.updateComplete.then(() => {
      this.shadowPart('action')?.focus();
      this.revealInStage('feedback');
    });
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
        this.focusAtTop('score');
        emit(this, 'ore-quiz-complete', detail);
      });
    } else {
      void this.updateComplete.then(() => this.focusAtTop('question'));
    }
  }

  private handleRestart(): void {
    const quiz = this.content.value?.quiz;
    if (!quiz || !this.session) return;
    this.startSession(quiz, this.session.key);
    void this.updateComplete.then(() => this.focusAtTop('question'));
  }

  /** A new screen starts at the top of the stage, with focus on what it is about. */
  private focusAtTop(name: string): void {
    const stage = this.shadowPart('stage');
    if (stage) stage.scrollTop = 0;
    this.shadowPart(name)?.focus({ preventScroll: !!stage });
    if (stage) stage.scrollTop = 0;
  }

  /** Scrolls the stage (not the page) so the feedback just given comes into view. */
  private revealInStage(name: string): void {
    const stage = this.shadowPart('stage');
    const target = this.shadowPart(name);
    if (!stage || !target) return;
    const box = stage.getBoundingClientRect();
    const rect = target.getBoundingClientRect();
    const below = rect.bottom - box.bottom;
    if (below <= 0) return;
    // As much of it as fits, but never past its top.
    const delta = Math.min(below, rect.top - box.top);
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    stage.scrollBy({ top: delta, behavior: smooth ? 'smooth' : 'instant' });
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
  private withContent(key: string, name: string, value: string, lang: string) {
    return withContent(this.localize.t, key, { [name]: inLang(value, lang) });
  }

  override render() {
    // While another language loads, the quiz stays on screen (the same box), so focus stays in it.
    const previous = this.content.value;
    if (this.content.status === 'pending' && previous) return this.renderQuiz(previous, true);
    return this.content.render((loaded) => this.renderQuiz(loaded, false));
  }

  private renderQuiz({ quiz, cards }: QuizContent, busy: boolean) {
    const { locale } = this.localize;
    const session = this.session;
    if (!session) return nothing;
    const done = this.position >= session.order.length;
    return html`<section
      part="base"
      lang=${locale}
      dir=${this.localize.dir()}
      aria-labelledby="title"
      aria-busy=${busy ? 'true' : nothing}
      data-screen=${done ? 'result' : 'question'}
    >
      <div part="header" lang=${quiz.lang} dir=${this.localize.dir(quiz.lang)}>
        <svg part="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="12" cy="12" r="10.5" />
          <path d="M9.2 9.3a2.9 2.9 0 1 1 4 2.7c-.8.4-1.2 1-1.2 1.8v.7" />
          <circle class="dot" cx="12" cy="17.6" r="0.4" />
        </svg>
        ${heading(this.headingLevel, quiz.title, 'title', { id: 'title' })}
      </div>
      ${this.content.notices(quiz)} ${done ? this.renderResult(quiz, cards, session) : this.renderQuestion(quiz, cards, session)}
    </section>`;
  }

  /** Attributes that make the stage a focusable, named region, only while it scrolls. */
  private stageRegion(labelledBy: string) {
    return this.stageScrolls ? { tabindex: '0', role: 'region', labelledBy } : { tabindex: nothing, role: nothing, labelledBy: nothing };
  }

  private renderSteps(quiz: CompiledQuiz, session: Session) {
    const { t } = this.localize;
    return html`<div part="steps">
      <p part="progress" id="progress">${t('quiz.progress', { current: this.position + 1, total: session.order.length })}</p>
      <ol part="progress-bar" aria-hidden="true">
        ${session.order.map((index, step) => {
          const parts = ['progress-step'];
          if (step === this.position) parts.push('progress-step-current');
          const given = session.answers[index];
          if (given !== undefined && (step < this.position || this.checked)) {
            parts.push(given === quiz.questions[index].answer ? 'progress-step-right' : 'progress-step-wrong');
          }
          return html`<li part=${parts.join(' ')}></li>`;
        })}
      </ol>
    </div>`;
  }

  private renderQuestion(quiz: CompiledQuiz, cards: Map<string, CardRef>, session: Session) {
    const { t } = this.localize;
    const index = session.order[this.position];
    const question = quiz.questions[index];
    const last = this.position === session.order.length - 1;
    const contentDir = this.localize.dir(quiz.lang);
    const region = this.stageRegion('title progress');
    return html`<form part="form" @submit=${this.handleSubmit} novalidate>
        <div part="stage" data-clip tabindex=${region.tabindex} role=${region.role} aria-labelledby=${region.labelledBy}>
          <fieldset part="question" tabindex="-1" aria-labelledby="progress legend">
            <legend part="legend" id="legend" lang=${quiz.lang} dir=${contentDir}>${question.question}</legend>
            <div part="choices">${session.choiceOrder[index].map((choice) => this.renderChoice(quiz, question, choice))}</div>
          </fieldset>
          <div part="feedback" id="feedback" role="status" data-verdict=${this.verdictKind(question)}>
            ${this.announcement ? html`<p part="verdict">${this.renderVerdict(quiz, question)}</p>` : nothing}
            ${this.checked ? html`<p part="explanation" lang=${quiz.lang} dir=${contentDir}>${question.explanation}</p>` : nothing}
            ${this.checked ? this.renderCardLink(cards, question) : nothing}
          </div>
        </div>
        <div part="footer">
          ${this.renderSteps(quiz, session)}
          <button part="action" type="submit">${t(this.checked ? (last ? 'quiz.finish' : 'quiz.next') : 'quiz.check')}</button>
        </div>
      </form>`;
  }

  private verdictKind(question: CompiledQuestion): string {
    if (!this.announcement) return 'none';
    if (!this.checked) return 'hint';
    return this.selected === question.answer ? 'right' : 'wrong';
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

  private renderSummary(score: number, total: number) {
    const { t, locale } = this.localize;
    const share = total === 0 ? 0 : score / total;
    const percent = new Intl.NumberFormat(intlTag(locale), { style: 'percent', maximumFractionDigits: 0 }).format(share);
    // pathLength 100: the dash is the percentage itself; the arc starts at the top.
    return html`<div part="summary-chart">
      <svg part="summary-ring" viewBox="0 0 40 40" role="img" aria-label=${t('quiz.summary', { percent })}>
        ${svg`<circle part="summary-track" cx="20" cy="20" r="17" pathLength="100" />
        <circle part="summary-arc" cx="20" cy="20" r="17" pathLength="100" stroke-dasharray="${share * 100} 100" transform="rotate(-90 20 20)" />`}
      </svg>
      <span part="summary-value" aria-hidden="true">${score}/${total}</span>
    </div>`;
  }

  private renderResult(quiz: CompiledQuiz, cards: Map<string, CardRef>, session: Session) {
    const { t } = this.localize;
    const total = session.order.length;
    const score = this.score();
    const contentDir = this.localize.dir(quiz.lang);
    const region = this.stageRegion('title score');
    return html`<div part="result">
      <div part="stage" data-clip tabindex=${region.tabindex} role=${region.role} aria-labelledby=${region.labelledBy}>
        <div part="summary">
          ${this.renderSummary(score, total)}
          <div part="summary-text">
            ${heading(this.headingLevel, t('quiz.score', { count: total, score }), 'score', { id: 'score', offset: 1, tabindex: -1 })}
            ${score === total ? html`<p part="perfect">${t('quiz.perfect')}</p>` : html`<p part="advice">${t('quiz.advice')}</p>`}
          </div>
        </div>
        <section part="review" aria-labelledby="review-heading">
          ${heading(this.headingLevel, t('quiz.answers'), 'review-heading', { id: 'review-heading', offset: 2 })}
          <ol part="review-list">
            ${session.order.map((index, step) => {
              const question = quiz.questions[index];
              const given = session.answers[index];
              const right = given === question.answer;
              return html`<li part="review-item ${right ? 'review-item-right' : 'review-item-wrong'}">
                <span part="review-number" aria-hidden="true">${step + 1}</span>
                <div part="review-body">
                  <p part="review-result">${t(right ? 'quiz.resultRight' : 'quiz.resultWrong')}</p>
                  <p part="review-question" lang=${quiz.lang} dir=${contentDir}>${question.question}</p>
                  <p part="your-answer">${this.withContent('quiz.yourAnswer', 'answer', given === undefined ? '' : question.choices[given], quiz.lang)}</p>
                  ${right
                    ? nothing
                    : html`<p part="right-answer">${this.withContent('quiz.rightAnswer', 'answer', question.choices[question.answer], quiz.lang)}</p>`}
                  <p part="review-explanation" lang=${quiz.lang} dir=${contentDir}>${question.explanation}</p>
                  ${this.renderCardLink(cards, question)}
                </div>
              </li>`;
            })}
          </ol>
        </section>
      </div>
      <div part="footer">
        <button part="restart" type="button" @click=${this.handleRestart}>${t('quiz.restart')}</button>
      </div>
    </div>`;
  }
}
