/**
 * Story-only: plays a quiz to a state that attributes alone cannot reach (the feedback after an
 * answer, the score screen), the way a reader gets there: by clicking a choice and the button
 * below it. It uses only what is on screen (the documented parts), so the quiz needs no extra
 * public API for its stories, and the browser tests run these same functions.
 */

/** Waits for the quiz in the story's canvas to have its content. */
async function readyQuiz(canvasElement: HTMLElement): Promise<HTMLElement> {
  const quiz = canvasElement.querySelector<HTMLElement>('ore-quiz');
  if (!quiz) throw new Error('the story has no <ore-quiz>');
  for (let i = 0; i < 200 && quiz.dataset.state !== 'complete'; i++) {
    if (quiz.dataset.state === 'error') throw new Error('the quiz in the story could not be shown');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  if (quiz.dataset.state !== 'complete') throw new Error('the quiz in the story never loaded');
  return quiz;
}

function onScreen(quiz: HTMLElement, name: string): HTMLElement | null {
  return quiz.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

async function rendered(quiz: HTMLElement): Promise<void> {
  await (quiz as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

/** Picks the first choice on screen and checks it. */
async function answerFirstChoice(quiz: HTMLElement): Promise<void> {
  onScreen(quiz, 'choice')!.click();
  await rendered(quiz);
  onScreen(quiz, 'action')!.click();
  await rendered(quiz);
}

/**
 * The quiz moves focus as the reader goes on, and focus scrolls the page to it; on a docs page
 * that plays several stories at once, the page is put back where the reader had it.
 */
async function keepingPageScroll(play: () => Promise<void>): Promise<void> {
  const { scrollX, scrollY } = window;
  try {
    await play();
  } finally {
    window.scrollTo(scrollX, scrollY);
  }
}

/** The feedback after an answer: the first choice of the first question, checked. */
export async function playFeedback({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const quiz = await readyQuiz(canvasElement);
  await keepingPageScroll(() => answerFirstChoice(quiz));
}

/** The score screen: every question answered with its first choice. */
export async function playScore({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const quiz = await readyQuiz(canvasElement);
  await keepingPageScroll(async () => {
    for (let i = 0; i < 100 && onScreen(quiz, 'question'); i++) {
      await answerFirstChoice(quiz);
      onScreen(quiz, 'action')!.click();
      await rendered(quiz);
    }
    await rendered(quiz);
  });
}
