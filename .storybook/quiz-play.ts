/**
 * Play functions for the quiz's states that only answering reaches: the feedback after a checked
 * answer, and the score screen with its review. They act as a pupil would (pick a choice, press
 * the button) through the element's parts. Used by the quiz stories, and run by
 * tests/browser/stories.test.ts.
 */
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

async function until<T>(check: () => T | null | undefined | false, what: string, timeout = 10_000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`quiz play: timed out waiting for ${what}`);
    await frame();
  }
}

const part = (quiz: Element, name: string) => quiz.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;

/**
 * The quiz moves focus to its next step, which would scroll a docs page to the story; the page
 * stays where the reader is.
 */
async function keepingScroll(step: () => void) {
  const { scrollX, scrollY } = window;
  step();
  await frame();
  await frame();
  window.scrollTo(scrollX, scrollY);
}

/** Checks one answer: the first choice of the current question. */
async function checkFirstChoice(quiz: Element) {
  const radio = await until(() => part(quiz, 'radio') as HTMLInputElement | null, 'a choice');
  await keepingScroll(() => radio.click());
  const action = await until(() => part(quiz, 'action'), 'the check button');
  await keepingScroll(() => action.click());
  await until(() => part(quiz, 'explanation'), 'the feedback');
}

async function readyQuiz(canvasElement: HTMLElement): Promise<HTMLElement> {
  const quiz = await until(() => canvasElement.querySelector<HTMLElement>('ore-quiz'), 'the quiz');
  await until(() => quiz.dataset.state === 'complete', 'the quiz content');
  return quiz;
}

/** The feedback state: one answer checked, verdict and explanation shown. */
export async function playFeedback({ canvasElement }: { canvasElement: HTMLElement }) {
  const quiz = await readyQuiz(canvasElement);
  await checkFirstChoice(quiz);
}

/** The score state: every question answered with its first choice, so the review lists the misses. */
export async function playScore({ canvasElement }: { canvasElement: HTMLElement }) {
  const quiz = await readyQuiz(canvasElement);
  for (let question = 0; question < 100 && !part(quiz, 'result'); question++) {
    await checkFirstChoice(quiz);
    await keepingScroll(() => part(quiz, 'action')!.click());
    await until(() => part(quiz, 'result') ?? (!part(quiz, 'explanation') && part(quiz, 'radio')), 'the next question or the score');
  }
  await until(() => part(quiz, 'score'), 'the score');
}
