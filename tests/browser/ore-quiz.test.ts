import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import axe from 'axe-core';
import { html, render as litRender, type TemplateResult } from 'lit';
import '../../src/components/ore-quiz/define.ts';
import * as stories from '../../src/components/ore-quiz/ore-quiz.stories.ts';
import { playScore } from '../../src/components/ore-quiz/ore-quiz.play.ts';
import type { OreQuiz } from '../../src/components/ore-quiz/ore-quiz.ts';
import type { QuizAnswerDetail, QuizCompleteDetail } from '../../src/runtime/events.ts';
import { setKitBase } from '../../src/runtime/config.ts';
import { clearContentCache } from '../../src/runtime/content-client.ts';
import { expectNoAxeViolations, KIT_BASE, luminance, nextOutcome, part, settled, text, watchWarnings } from './helpers.ts';


/** The fixture quiz as authored (tests/fixtures/library/content/en/quizzes/circular-economy.md). */
const AUTHORED = [
  {
    question: 'How much e-waste did the world produce in 2022?',
    choices: ['6.2 million tonnes', '62 million tonnes', '620 million tonnes'],
    answer: '62 million tonnes',
    wrong: '620 million tonnes',
  },
  {
    question: 'What should you do with an old phone?',
    choices: ['Keep it in a drawer', 'Take it to a collection point', 'Throw it in the bin'],
    answer: 'Take it to a collection point',
    wrong: 'Keep it in a drawer',
  },
];

function radios(element: OreQuiz): HTMLInputElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
}

function choiceTexts(element: OreQuiz): string[] {
  return [...element.shadowRoot!.querySelectorAll('[part~="choice"]')].map((label) => text(label));
}

function legend(element: OreQuiz): string {
  return text(part(element, 'legend'));
}

/** The question on screen, as authored. */
function currentQuestion(element: OreQuiz) {
  const question = AUTHORED.find((q) => q.question === legend(element));
  expect(question, `unknown question "${legend(element)}"`).to.exist;
  return question!;
}

async function choose(element: OreQuiz, choice: string): Promise<void> {
  const label = [...element.shadowRoot!.querySelectorAll<HTMLLabelElement>('[part~="choice"]')].find((l) => text(l) === choice);
  expect(label, `no choice "${choice}"`).to.exist;
  label!.click();
  await element.updateComplete;
}

async function pressAction(element: OreQuiz): Promise<void> {
  (part(element, 'action') as HTMLButtonElement).click();
  await element.updateComplete;
}

function active(element: OreQuiz): Element | null {
  return element.shadowRoot!.activeElement;
}

/** Answers the current question right or wrong, checks it and returns the ore-quiz-answer event. */
async function answer(element: OreQuiz, right: boolean): Promise<CustomEvent<QuizAnswerDetail>> {
  const question = currentQuestion(element);
  await choose(element, right ? question.answer : question.wrong);
  const event = oneEvent(element, 'ore-quiz-answer') as Promise<CustomEvent<QuizAnswerDetail>>;
  await pressAction(element);
  return event;
}

/** Answers every question (right or wrong in turn) and returns the ore-quiz-complete event. */
async function finish(element: OreQuiz, rightAnswers: boolean[]): Promise<CustomEvent<QuizCompleteDetail>> {
  let complete: Promise<CustomEvent<QuizCompleteDetail>> | undefined;
  for (const [i, right] of rightAnswers.entries()) {
    await answer(element, right);
    if (i === rightAnswers.length - 1) complete = oneEvent(element, 'ore-quiz-complete') as Promise<CustomEvent<QuizCompleteDetail>>;
    await pressAction(element);
  }
  return complete!;
}

describe('<ore-quiz>', () => {
  const warnings = watchWarnings();
  const originalRandom = Math.random;

  afterEach(() => {
    Math.random = originalRandom;
  });

  it('renders the first question as a labelled radio group with progress, a check button and an empty live region', async () => {
    const { element, event } = await settled<OreQuiz>(html`<ore-quiz quiz="circular-economy" lang="en"></ore-quiz>`);
    expect(event.type).to.equal('ore-ready');
    expect(text(part(element, 'title'))).to.equal('Circular economy quiz');
    expect(text(part(element, 'progress'))).to.equal('Question 1 of 2');
    const group = part(element, 'question')!;
    expect(group.localName).to.equal('fieldset');
    expect(group.querySelector('legend')).to.equal(part(element, 'legend'));
    expect(legend(element)).to.equal(AUTHORED[0].question);
    expect(choiceTexts(element)).to.deep.equal(AUTHORED[0].choices);
    for (const radio of radios(element)) {
      expect(radio.closest('label')).to.exist;
      expect(radio.closest('fieldset')).to.equal(group);
      expect(radio.checked || radio.disabled).to.equal(false);
    }
    expect(new Set(radios(element).map((r) => r.name)).size).to.equal(1);
    expect(text(part(element, 'action'))).to.equal('Check answer');
    const feedback = part(element, 'feedback')!;
    expect(feedback.getAttribute('role')).to.equal('status');
    expect(text(feedback)).to.equal('');
    expect(part(element, 'base')!.getAttribute('lang')).to.equal('en');
    expect(part(element, 'legend')!.getAttribute('lang')).to.equal('en');
    expect(part(element, 'card-link')).to.equal(null);
  });

  it('checking with no choice says "choose first" in the live region: no answer event, no error', async () => {
    const { element } = await settled<OreQuiz>(html`<ore-quiz quiz="circular-economy" lang="en"></ore-quiz>`);
    const feedback = part(element, 'feedback');
    let events = 0;
    element.addEventListener('ore-quiz-answer', () => events++);
    element.addEventListener('ore-error', () => events++);
    await pressAction(element);
    expect(part(element, 'feedback')).to.equal(feedback, 'the live region is the same node, so the change is announced');
    expect(text(feedback)).to.equal('Choose an answer first.');
    expect(part(element, 'error')).to.equal(null);
    expect(events).to.equal(0);
    expect(text(part(element, 'action'))).to.equal('Check answer');
    expect(radios(element).every((r) => !r.disabled)).to.equal(true);
    await expectNoAxeViolations(element);

    await choose(element, AUTHORED[0].answer);
    expect(text(feedback), 'choosing clears the hint').to.equal('');
  });

  it('a right answer: locked choices, "Correct!", the explanation, the card link, an answer event, focus on "Next question"', async () => {
    const { element } = await settled<OreQuiz>(html`<ore-quiz quiz="circular-economy" lang="en"></ore-quiz>`);
    const feedback = part(element, 'feedback');
    const event = await answer(element, true);
    expect(event.detail).to.deep.equal({ question: 0, correct: true });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(part(element, 'feedback')).to.equal(feedback);
    expect(text(part(element, 'verdict'))).to.equal('Correct!');
    expect(text(part(element, 'explanation'))).to.equal('The Global E-waste Monitor 2024 counts 62 million tonnes.');
    expect(part(element, 'feedback')!.contains(part(element, 'explanation'))).to.equal(true);
    const link = part(element, 'card-link') as HTMLAnchorElement;
    expect(text(link)).to.equal("Read the card: The world's e-waste");
    expect(new URL(link.href).pathname).to.equal('/cards/en/world-e-waste-2022.html');
    expect(radios(element).every((r) => r.disabled)).to.equal(true);
    expect(text(part(element, 'choice-correct'))).to.equal(AUTHORED[0].answer);
    expect(part(element, 'choice-incorrect')).to.equal(null);
    expect(text(part(element, 'action'))).to.equal('Next question');
    expect(active(element)).to.equal(part(element, 'action'));
  });

  it('a wrong answer: "Not quite" with the right answer, both choices marked, an answer event with correct: false', async () => {
    const { element } = await settled<OreQuiz>(html`<ore-quiz quiz="circular-economy" lang="en"></ore-quiz>`);
    const event = await answer(element, false);
    expect(event.detail).to.deep.equal({ question: 0, correct: false });
    expect(text(part(element, 'verdict'))).to.equal('Not quite. The right answer is: 62 million tonnes');
    expect(part(element, 'verdict')!.querySelector('span')!.getAttribute('lang')).to.equal('en');
    expect(text(part(element, 'choice-incorrect'))).to.equal(AUTHORED[0].wrong);
    expect(text(part(element, 'choice-correct'))).to.equal(AUTHORED[0].answer);
    expect(text(part(element, 'explanation'))).to.contain('62 million tonnes');
  });

  it('is operable by keyboard: arrows and space choose, Enter checks and moves on, focus follows', async () => {
    const { element } = await settled<OreQuiz>(html`<ore-quiz quiz="circular-economy" lang="en"></ore-quiz>`);
    const answers: QuizAnswerDetail[] = [];
    element.addEventListener('ore-quiz-answer', (e) => answers.push((e as CustomEvent<QuizAnswerDetail>).detail));

    radios(element)[0].focus();
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(radios(element)[0].checked).to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(radios(element)[1].checked, 'arrow keys move the choice natively').to.equal(true);
    expect(active(element)).to.equal(radios(element)[1]);

    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(answers).to.deep.equal([{ question: 0, correct: true }]);
    expect(text(part(element, 'verdict'))).to.equal('Correct!');
    expect(active(element), 'focus is not lost when the choices lock').to.equal(part(element, 'action'));

    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(text(part(element, 'progress'))).to.equal('Question 2 of 2');
    expect(active(element), 'focus moves to the next question').to.equal(part(element, 'question'));
    expect(text(part(element, 'feedback'))).to.equal('');

    await sendKeys({ press: 'Tab' });
    expect(active(element)).to.equal(radios(element)[0]);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(radios(element)[2].checked).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(answers[1]).to.deep.equal({ question: 1, correct: false });
    expect(text(part(element, 'action'))).to.equal('See your score');

    const complete = oneEvent(element, 'ore-quiz-complete');
    await sendKeys({ press: 'Enter' });
    expect((await complete).detail).to.deep.equal({ score: 1, total: 2 });
    expect(active(element)).to.equal(part(element, 'score'));

    // Past the review's two card links to "Start again".
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Tab' });
    expect(active(element)).to.equal(part(element, 'restart'));
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(text(part(element, 'progress'))).to.equal('Question 1 of 2');
  });

  it('the score’s noun agrees with the number of questions, not the number right (sv: 1 av 2 frågor)', async () => {
    const { element } = await settled<OreQuiz>(html`<ore-quiz quiz="circular-economy" lang="sv"></ore-quiz>`);
    await finish(element, [true, false]);
    expect(text(part(element, 'score'))).to.equal('Du fick 1 av 2 frågor rätt.');
  });

  it('the score screen: score, a review of every question, the complete event, focus on the score', async () => {
    const { element } = await settled<OreQuiz>(html`<ore-quiz quiz="circular-economy" lang="en"></ore-quiz>`);
    const complete = await finish(element, [true, false]);
    expect(complete.detail).to.deep.equal({ score: 1, total: 2 });
    expect(complete.bubbles && complete.composed).to.equal(true);
    const score = part(element, 'score')!;
    expect(score.localName).to.equal('h3');
    expect(text(score)).to.equal('You got 1 of 2 questions right.');
    expect(active(element)).to.equal(score);
    expect(part(element, 'perfect')).to.equal(null);
    expect(part(element, 'question')).to.equal(null);
    expect(text(part(element, 'review-heading'))).to.equal('Your answers');
    const items = [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="review-item"]')];
    expect(items, 'every question, in the order asked').to.have.length(2);
    const [first, item] = items;
    expect(text(first.querySelector('[part~="review-question"]'))).to.equal(AUTHORED[0].question);
    expect(first.part.contains('review-item-right')).to.equal(true);
    expect(text(first.querySelector('[part~="review-result"]'))).to.equal('Right');
    expect(text(first.querySelector('[part~="your-answer"]'))).to.equal('Your answer: 62 million tonnes');
    expect(first.querySelector('[part~="right-answer"]'), 'a right answer is not repeated').to.equal(null);
    expect(text(first.querySelector('[part~="review-explanation"]'))).to.equal('The Global E-waste Monitor 2024 counts 62 million tonnes.');
    expect(new URL(first.querySelector<HTMLAnchorElement>('[part~="card-link"]')!.href).pathname).to.equal('/cards/en/world-e-waste-2022.html');
    expect(text(item.querySelector('[part~="review-question"]'))).to.equal(AUTHORED[1].question);
    expect(item.part.contains('review-item-wrong')).to.equal(true);
    expect(text(item.querySelector('[part~="review-result"]'))).to.equal('Not right');
    expect(text(item.querySelector('[part~="your-answer"]'))).to.equal('Your answer: Keep it in a drawer');
    expect(text(item.querySelector('[part~="right-answer"]'))).to.equal('Right answer: Take it to a collection point');
    expect(text(item.querySelector('[part~="review-explanation"]'))).to.equal('Collected phones can be recycled.');
    const link = item.querySelector<HTMLAnchorElement>('[part~="card-link"]')!;
    expect(text(link)).to.equal('Read the card: Recycling old phones');
    expect(new URL(link.href).pathname).to.equal('/cards/en/recycling-phones.html');
    expect(text(part(element, 'restart'))).to.equal('Start again');
  });

  it('all right: the perfect message and every question reviewed as right', async () => {
    const { element } = await settled<OreQuiz>(html`<ore-quiz quiz="circular-economy" lang="en"></ore-quiz>`);
    const complete = await finish(element, [true, true]);
    expect(complete.detail).to.deep.equal({ score: 2, total: 2 });
    expect(text(part(element, 'score'))).to.equal('You got 2 of 2 questions right.');
    expect(text(part(element, 'perfect'))).to.equal('Every answer right. Well done!');
    const items = [...element.shadowRoot!.querySelectorAll('[part~="review-item"]')];
    expect(items.map((item) => item.part.contains('review-item-right'))).to.deep.equal([true, true]);
  });

  it('none right: a score of zero and every question in the review', async () => {
    const { element } = await settled<OreQuiz>(html`<ore-quiz quiz="circular-economy" lang="en"></ore-quiz>`);
    const complete = await finish(element, [false, false]);
    expect(complete.detail).to.deep.equal({ score: 0, total: 2 });
    const items = [...element.shadowRoot!.querySelectorAll('[part~="review-item"]')];
    expect(items.map((item) => item.part.contains('review-item-wrong'))).to.deep.equal([true, true]);
    expect(part(element, 'perfect')).to.equal(null);
  });

  it('"Start again" resets answers and score and focuses the first question', async () => {
    const { element } = await settled<OreQuiz>(html`<ore-quiz quiz="circular-economy" lang="en"></ore-quiz>`);
    await finish(element, [false, false]);
    (part(element, 'restart') as HTMLButtonElement).click();
    await element.updateComplete;
    expect(text(part(element, 'progress'))).to.equal('Question 1 of 2');
    expect(legend(element)).to.equal(AUTHORED[0].question);
    expect(radios(element).every((r) => !r.checked && !r.disabled)).to.equal(true);
    expect(text(part(element, 'feedback'))).to.equal('');
    expect(active(element)).to.equal(part(element, 'question'));
    const complete = await finish(element, [true, true]);
    expect(complete.detail, 'earlier answers do not count').to.deep.equal({ score: 2, total: 2 });
  });

  it('without shuffle the authored order is kept, whatever Math.random says', async () => {
    Math.random = () => 0;
    const { element } = await settled<OreQuiz>(html`<ore-quiz quiz="circular-economy" lang="en"></ore-quiz>`);
    expect(legend(element)).to.equal(AUTHORED[0].question);
    expect(choiceTexts(element)).to.deep.equal(AUTHORED[0].choices);
    expect(element.shuffle).to.equal(false);
  });

  it('shuffle reorders questions and choices; the event index is the authored one and the right answer stays right', async () => {
    // With 0 every Fisher–Yates step swaps with the first item: [0, 1] → [1, 0], [0, 1, 2] → [1, 2, 0].
    Math.random = () => 0;
    const { element } = await settled<OreQuiz>(html`<ore-quiz quiz="circular-economy" lang="en" shuffle></ore-quiz>`);
    expect(element.hasAttribute('shuffle')).to.equal(true);
    expect(legend(element)).to.equal(AUTHORED[1].question);
    expect(choiceTexts(element)).to.deep.equal(['Take it to a collection point', 'Throw it in the bin', 'Keep it in a drawer']);
    const first = await answer(element, true);
    expect(first.detail).to.deep.equal({ question: 1, correct: true });
    expect(text(part(element, 'choice-correct'))).to.equal(AUTHORED[1].answer);
    await pressAction(element);
    expect(legend(element)).to.equal(AUTHORED[0].question);
    expect(choiceTexts(element)).to.deep.equal(['62 million tonnes', '620 million tonnes', '6.2 million tonnes']);
    const second = await answer(element, false);
    expect(second.detail).to.deep.equal({ question: 0, correct: false });
    const complete = oneEvent(element, 'ore-quiz-complete');
    await pressAction(element);
    expect((await complete).detail).to.deep.equal({ score: 1, total: 2 });
    const reviewed = [...element.shadowRoot!.querySelectorAll('[part~="review-item"]')];
    expect(reviewed.map((item) => text(item.querySelector('[part~="review-question"]'))), 'reviewed in the order asked').to.deep.equal([
      AUTHORED[1].question,
      AUTHORED[0].question,
    ]);
    expect(reviewed[1].part.contains('review-item-wrong')).to.equal(true);
  });

  it('shuffle: over many random runs every question keeps its choices and its right answer', async () => {
    const { element } = await settled<OreQuiz>(html`<ore-quiz quiz="circular-economy" lang="en" shuffle></ore-quiz>`);
    const orders = new Set<string>();
    for (let run = 0; run < 12; run++) {
      const seen: string[] = [];
      for (let step = 0; step < AUTHORED.length; step++) {
        const question = currentQuestion(element);
        const authoredIndex = AUTHORED.indexOf(question);
        seen.push(`${authoredIndex}:${choiceTexts(element).join('/')}`);
        expect([...choiceTexts(element)].sort()).to.deep.equal([...question.choices].sort());
        const right = run % 2 === 0;
        const event = await answer(element, right);
        expect(event.detail).to.deep.equal({ question: authoredIndex, correct: right });
        expect(text(part(element, 'choice-correct'))).to.equal(question.answer);
        await pressAction(element);
      }
      orders.add(seen.join('|'));
      expect(text(part(element, 'score'))).to.equal(run % 2 === 0 ? 'You got 2 of 2 questions right.' : 'You got 0 of 2 questions right.');
      (part(element, 'restart') as HTMLButtonElement).click();
      await element.updateComplete;
    }
    expect(orders.size, 'restart re-shuffles').to.be.greaterThan(1);
  });

  it('"Start again" re-shuffles when shuffle is on', async () => {
    Math.random = () => 0.999; // every step swaps an item with itself: the authored order
    const { element } = await settled<OreQuiz>(html`<ore-quiz quiz="circular-economy" lang="en" shuffle></ore-quiz>`);
    expect(legend(element)).to.equal(AUTHORED[0].question);
    await finish(element, [true, true]);
    Math.random = () => 0;
    (part(element, 'restart') as HTMLButtonElement).click();
    await element.updateComplete;
    expect(legend(element)).to.equal(AUTHORED[1].question);
  });

  it('turning shuffle on or off starts a new run', async () => {
    const { element } = await settled<OreQuiz>(html`<ore-quiz quiz="circular-economy" lang="en"></ore-quiz>`);
    await answer(element, true);
    await pressAction(element);
    expect(text(part(element, 'progress'))).to.equal('Question 2 of 2');
    Math.random = () => 0;
    element.shuffle = true;
    await element.updateComplete;
    expect(text(part(element, 'progress'))).to.equal('Question 1 of 2');
    expect(legend(element)).to.equal(AUTHORED[1].question);
  });

  it('renders in German: UI and quiz text, content marked de, German card link', async () => {
    const { element } = await settled<OreQuiz>(html`<ore-quiz quiz="circular-economy" lang="de"></ore-quiz>`);
    expect(text(part(element, 'title'))).to.equal('Quiz zur Kreislaufwirtschaft');
    expect(text(part(element, 'progress'))).to.equal('Frage 1 von 2');
    expect(legend(element)).to.equal('Wie viel Elektroschrott hat die Welt 2022 erzeugt?');
    expect(part(element, 'legend')!.getAttribute('lang')).to.equal('de');
    expect(part(element, 'base')!.getAttribute('lang')).to.equal('de');
    expect(choiceTexts(element)).to.deep.equal(['6,2 Millionen Tonnen', '62 Millionen Tonnen', '620 Millionen Tonnen']);
    expect(text(part(element, 'action'))).to.equal('Antwort prüfen');
    expect(part(element, 'notice')).to.equal(null);

    await pressAction(element);
    expect(text(part(element, 'feedback'))).to.equal('Wähle zuerst eine Antwort.');

    await choose(element, '6,2 Millionen Tonnen');
    const event = oneEvent(element, 'ore-quiz-answer');
    await pressAction(element);
    expect((await event).detail).to.deep.equal({ question: 0, correct: false });
    expect(text(part(element, 'verdict'))).to.equal('Nicht ganz. Die richtige Antwort ist: 62 Millionen Tonnen');
    expect(text(part(element, 'explanation'))).to.contain('62 Millionen Tonnen');
    const link = part(element, 'card-link') as HTMLAnchorElement;
    expect(text(link)).to.equal('Lies die Karte: Der Elektroschrott der Welt');
    expect(new URL(link.href).pathname).to.equal('/cards/de/world-e-waste-2022.html');
    expect(text(part(element, 'action'))).to.equal('Nächste Frage');

    await pressAction(element);
    await choose(element, 'Zu einer Sammelstelle bringen');
    await pressAction(element);
    expect(text(part(element, 'verdict'))).to.equal('Richtig!');
    expect(text(part(element, 'action'))).to.equal('Ergebnis ansehen');
    await pressAction(element);
    expect(text(part(element, 'score'))).to.equal('Du hast 1 von 2 Fragen richtig beantwortet.');
    expect(text(part(element, 'restart'))).to.equal('Neu starten');
    await expectNoAxeViolations(element);
  });

  it('marks a fallback quiz with its real lang and says so, while the UI is in the reader’s language', async () => {
    const { element } = await settled<OreQuiz>(html`<ore-quiz quiz="circular-economy" lang="fi"></ore-quiz>`);
    expect(part(element, 'base')!.getAttribute('lang')).to.equal('fi');
    expect(part(element, 'header')!.getAttribute('lang')).to.equal('en');
    expect(part(element, 'legend')!.getAttribute('lang')).to.equal('en');
    expect(legend(element)).to.equal(AUTHORED[0].question);
    expect(text(part(element, 'progress'))).not.to.contain('Question');
    expect(text(part(element, 'notice'))).to.contain('englanti');
    await answer(element, false);
    const answerSpan = part(element, 'verdict')!.querySelector('span')!;
    expect(answerSpan.getAttribute('lang')).to.equal('en');
    expect(text(answerSpan)).to.equal('62 million tonnes');
    await expectNoAxeViolations(element);
  });

  it('switching language mid-quiz keeps the progress, and keeps focus in the quiz while the new language loads', async () => {
    const { element } = await settled<OreQuiz>(html`<ore-quiz quiz="circular-economy" lang="en"></ore-quiz>`);
    await answer(element, false);
    await pressAction(element);
    expect(active(element)).to.equal(part(element, 'question'));
    clearContentCache();
    const switched = nextOutcome(element);
    element.setAttribute('lang', 'de');
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(element.dataset.state, 'German is still on its way').to.equal('pending');
    // Compared as booleans: a failing comparison of two DOM nodes stalls the test runner's report.
    expect(!!active(element) && active(element) === part(element, 'question'), 'focus is not dropped to the page while loading').to.equal(true);
    await switched;
    expect(active(element) === part(element, 'question'), 'focus stays on the question').to.equal(true);
    expect(text(part(element, 'progress'))).to.equal('Frage 2 von 2');
    expect(legend(element)).to.equal('Was solltest du mit einem alten Handy machen?');
    await choose(element, 'Zu einer Sammelstelle bringen');
    await pressAction(element);
    const complete = oneEvent(element, 'ore-quiz-complete');
    await pressAction(element);
    expect((await complete).detail).to.deep.equal({ score: 1, total: 2 });
  });

  it('sends and stores nothing: only content requests, no storage, no cookies', async () => {
    clearContentCache();
    const requests: string[] = [];
    const originalFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      requests.push(String(input instanceof Request ? input.url : input));
      return originalFetch(input, init);
    };
    const storage = [localStorage.length, sessionStorage.length, document.cookie];
    try {
      const { element } = await settled<OreQuiz>(html`<ore-quiz quiz="circular-economy" lang="en"></ore-quiz>`);
      await finish(element, [true, false]);
      (part(element, 'restart') as HTMLButtonElement).click();
      await element.updateComplete;
    } finally {
      window.fetch = originalFetch;
    }
    expect(requests.length).to.be.greaterThan(0);
    for (const url of requests) {
      expect(new URL(url).origin).to.equal(location.origin);
      expect(new URL(url).pathname).to.match(/^\/content\/en\/(index|quizzes\/circular-economy)\.json$/);
    }
    expect([localStorage.length, sessionStorage.length, document.cookie]).to.deep.equal(storage);
  });

  it('an unknown slug shows a readable message, fires ore-error and warns, without throwing', async () => {
    const { element, event } = await settled<OreQuiz>(html`<ore-quiz quiz="no-such-quiz" lang="en"></ore-quiz>`);
    expect(event.type).to.equal('ore-error');
    expect(event.detail).to.deep.equal({ code: 'unknown-quiz', message: 'there is no quiz "no-such-quiz" in the en catalog' });
    const error = part(element, 'error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.contain('There is no quiz called “no-such-quiz”.');
    expect(part(element, 'retry')).to.equal(null);
    expect(warnings.text()).to.contain('no-such-quiz');
    expect(element.dataset.state).to.equal('error');
    await expectNoAxeViolations(element);
  });

  it('the error message is in the reader’s language', async () => {
    const { element } = await settled<OreQuiz>(html`<ore-quiz quiz="no-such-quiz" lang="de"></ore-quiz>`);
    expect(text(part(element, 'error'))).to.contain('no-such-quiz');
    expect(text(part(element, 'error'))).not.to.contain('There is no quiz');
  });

  it('a missing quiz attribute is an error, not a blank box', async () => {
    const { element, event } = await settled<OreQuiz>(html`<ore-quiz lang="en"></ore-quiz>`);
    expect(event.detail.code).to.equal('missing-attribute');
    expect(text(part(element, 'error'))).to.contain('The “quiz” attribute is missing');
    expect(warnings.text()).to.contain('quiz attribute is empty');
    await expectNoAxeViolations(element);
  });

  it('an empty quiz attribute is a missing attribute too', async () => {
    const { event } = await settled<OreQuiz>(html`<ore-quiz quiz="" lang="en"></ore-quiz>`);
    expect(event.detail.code).to.equal('missing-attribute');
  });

  it('a failed fetch shows a retry button that loads the quiz once the network is back', async () => {
    clearContentCache();
    setKitBase('/no-such-deployment/');
    const { element, event } = await settled<OreQuiz>(html`<ore-quiz quiz="circular-economy" lang="en"></ore-quiz>`);
    expect(event.detail.code).to.equal('network');
    expect(event.detail.message).to.contain('HTTP 404');
    expect(text(part(element, 'error'))).to.contain('could not be loaded');
    await expectNoAxeViolations(element);

    setKitBase(KIT_BASE);
    const recovered = nextOutcome(element);
    (part(element, 'retry') as HTMLButtonElement).click();
    expect((await recovered).type).to.equal('ore-ready');
    expect(text(part(element, 'progress'))).to.equal('Question 1 of 2');
  });

  it('changing the quiz attribute loads the new quiz', async () => {
    const { element } = await settled<OreQuiz>(html`<ore-quiz quiz="no-such-quiz" lang="en"></ore-quiz>`);
    expect(part(element, 'error')).to.exist;
    const outcome = nextOutcome(element);
    element.quiz = 'circular-economy';
    expect((await outcome).type).to.equal('ore-ready');
    expect(element.getAttribute('quiz')).to.equal('circular-economy');
    expect(legend(element)).to.equal(AUTHORED[0].question);
  });

  it('reserves space while loading', async () => {
    clearContentCache();
    const element = document.createElement('ore-quiz');
    element.setAttribute('quiz', 'circular-economy');
    const ready = oneEvent(element, 'ore-ready');
    document.body.append(element);
    try {
      await element.updateComplete;
      const em = parseFloat(getComputedStyle(element).fontSize);
      expect(element.getBoundingClientRect().height).to.be.at.least(15 * em);
      await ready;
    } finally {
      element.remove();
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`theme=${theme}: readable colours and no axe violations on the question, hint, feedback and score screens`, async () => {
      const { element } = await settled<OreQuiz>(html`<ore-quiz quiz="circular-economy" lang="en" theme=${theme}></ore-quiz>`);
      expect(element.getAttribute('theme')).to.equal(theme);
      const surface = luminance(getComputedStyle(part(element, 'base')!).backgroundColor);
      expect(theme === 'dark' ? surface < 0.1 : surface > 0.8, `surface luminance ${surface}`).to.equal(true);
      await expectNoAxeViolations(element); // question

      await pressAction(element);
      await expectNoAxeViolations(element); // "choose first"

      await answer(element, true);
      await expectNoAxeViolations(element); // right-answer feedback
      await pressAction(element);
      await answer(element, false);
      await expectNoAxeViolations(element); // wrong-answer feedback

      await pressAction(element);
      expect(part(element, 'review')).to.exist;
      await expectNoAxeViolations(element); // score with review

      (part(element, 'restart') as HTMLButtonElement).click();
      await element.updateComplete;
      await finish(element, [true, true]);
      expect(part(element, 'perfect')).to.exist;
      await expectNoAxeViolations(element); // perfect score
    });
  }

  it('custom properties theme it from the outside', async () => {
    const { element } = await settled<OreQuiz>(
      html`<ore-quiz quiz="circular-economy" lang="en" style="--ore-color-accent: rgb(0, 90, 0)"></ore-quiz>`,
    );
    expect(getComputedStyle(part(element, 'action')!).backgroundColor).to.equal('rgb(0, 90, 0)');
  });
});

/**
 * The accessible name a screen reader is told for a node, as axe-core computes it (the W3C
 * accessible-name algorithm: aria-labelledby, legends, labels, content).
 */
function accessibleName(node: Element): string {
  const engine = axe as unknown as {
    setup(root: Node): unknown;
    teardown(): void;
    utils: { getNodeFromTree(node: Node): unknown };
    commons: { text: { accessibleTextVirtual(node: unknown): string } };
  };
  engine.setup(node.getRootNode() instanceof ShadowRoot ? (node.getRootNode() as ShadowRoot).host : document.documentElement);
  try {
    return engine.commons.text.accessibleTextVirtual(engine.utils.getNodeFromTree(node)).replace(/\s+/g, ' ').trim();
  } finally {
    engine.teardown();
  }
}

/** Text of the nodes an aria-labelledby names, as the accessible name is made of them. */
function labelledBy(element: OreQuiz, node: Element): string {
  return (node.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => text(element.shadowRoot!.getElementById(id)))
    .join(' ');
}

/** The box's size now, rounded to the half pixel the layout test allows. */
function boxHeight(element: OreQuiz): number {
  return element.getBoundingClientRect().height;
}

async function mountIn(style: string, attributes = ''): Promise<OreQuiz> {
  const { element } = await settled<OreQuiz>(
    html`<div style=${style}><ore-quiz data-testid="subject" quiz="circular-economy" lang="en" heading-level=${attributes || '2'}></ore-quiz></div>`,
  );
  return element;
}

describe('<ore-quiz> holds its shape', () => {
  watchWarnings();

  for (const width of [650, 320, 250]) {
    it(`at ${width} px the box is one size on the question, the feedback, the next question and the score screen`, async () => {
      const element = await mountIn(`inline-size: ${width}px`);
      const sizes: Record<string, number> = { question: boxHeight(element) };
      await pressAction(element);
      sizes.hint = boxHeight(element);
      await answer(element, false);
      sizes.feedback = boxHeight(element);
      await pressAction(element);
      sizes.next = boxHeight(element);
      await answer(element, true);
      await pressAction(element);
      expect(part(element, 'score')).to.exist;
      sizes.score = boxHeight(element);
      for (const [screen, size] of Object.entries(sizes)) expect(size, `${screen}: ${JSON.stringify(sizes)}`).to.be.closeTo(sizes.question, 0.5);
      // The action stays inside the box, where the reader can reach it.
      const base = part(element, 'base')!.getBoundingClientRect();
      const restart = part(element, 'restart')!.getBoundingClientRect();
      expect(restart.bottom).to.be.at.most(base.bottom + 0.5);
      expect(restart.top).to.be.at.least(base.top);
    });
  }

  it('long German words wrap even in a 160 px column: nothing sticks out of the box or scrolls sideways', async () => {
    const { element } = await settled<OreQuiz>(
      html`<div style="inline-size: 160px"><ore-quiz data-testid="subject" quiz="circular-economy" lang="de"></ore-quiz></div>`,
    );
    const check = (screen: string) => {
      const box = part(element, 'base')!.getBoundingClientRect();
      const out = [...element.shadowRoot!.querySelectorAll('*')]
        .filter((node) => {
          const rect = node.getBoundingClientRect();
          return rect.width > 0 && (rect.right > box.right + 1 || rect.left < box.left - 1);
        })
        .map((node) => node.getAttribute('part') ?? node.localName);
      expect(out, screen).to.deep.equal([]);
      const stage = part(element, 'stage')!;
      expect(stage.scrollWidth, `${screen}: the stage scrolls sideways`).to.be.at.most(stage.clientWidth + 1);
    };
    check('question');
    await playScore({ canvasElement: element.parentElement! });
    check('score');
  });

  it('the box grows taller as it gets narrower, so a phone needs less scrolling inside it', async () => {
    const wide = boxHeight(await mountIn('inline-size: 700px'));
    const narrow = boxHeight(await mountIn('inline-size: 300px'));
    expect(narrow).to.be.greaterThan(wide);
  });

  it('a question area that does not fit scrolls inside the box: marked data-clip, focusable and labelled only then', async () => {
    const roomy = await mountIn('inline-size: 650px');
    const roomyStage = part(roomy, 'stage')!;
    expect(roomyStage.hasAttribute('data-clip')).to.equal(true);
    expect(roomyStage.scrollHeight).to.be.at.most(roomyStage.clientHeight + 1);
    expect(roomyStage.hasAttribute('tabindex'), 'no extra tab stop when nothing scrolls').to.equal(false);

    const tight = await mountIn('inline-size: 320px; --ore-quiz-reserved-size: 16em');
    await answer(tight, false);
    await tight.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await tight.updateComplete;
    const stage = part(tight, 'stage')!;
    expect(stage.scrollHeight, 'the feedback does not fit').to.be.greaterThan(stage.clientHeight);
    expect(stage.getAttribute('tabindex')).to.equal('0');
    expect(stage.getAttribute('role')).to.equal('region');
    expect(labelledBy(tight, stage)).to.equal('Circular economy quiz Question 1 of 2');
    // The explanation is reachable by scrolling, and the action button stays in view.
    stage.scrollTop = stage.scrollHeight;
    const base = part(tight, 'base')!.getBoundingClientRect();
    const explanation = part(tight, 'explanation')!.getBoundingClientRect();
    expect(explanation.bottom).to.be.at.most(base.bottom);
    const action = part(tight, 'action')!.getBoundingClientRect();
    expect(action.bottom).to.be.at.most(base.bottom + 0.5);
    await expectNoAxeViolations(tight);

    await pressAction(tight);
    await answer(tight, false);
    await pressAction(tight);
    await tight.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await tight.updateComplete;
    const review = part(tight, 'stage')!;
    expect(review.scrollHeight, 'the review does not fit').to.be.greaterThan(review.clientHeight);
    expect(review.getAttribute('tabindex')).to.equal('0');
    expect(labelledBy(tight, review)).to.equal('Circular economy quiz You got 0 of 2 questions right.');
    await expectNoAxeViolations(tight);
  });

  it('a focused scrolling stage keeps focus when the box gets room enough to stop scrolling', async () => {
    const element = await mountIn('inline-size: 320px; --ore-quiz-reserved-size: 16em');
    await answer(element, false);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await element.updateComplete;
    const stage = part(element, 'stage')!;
    expect(stage.getAttribute('tabindex')).to.equal('0');
    stage.focus();
    element.style.setProperty('--ore-quiz-reserved-size', '60em');
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await element.updateComplete;
    expect(stage.scrollHeight).to.be.at.most(stage.clientHeight + 1);
    expect(active(element) === stage, 'focus stays on the stage').to.equal(true);
  });

  it('heading-level puts the title, the score and the review under the host page’s outline', async () => {
    const element = await mountIn('', '4');
    expect(part(element, 'title')!.localName).to.equal('h4');
    await finish(element, [true, false]);
    expect(part(element, 'score')!.localName).to.equal('h5');
    expect(part(element, 'review-heading')!.localName).to.equal('h6');
    expect(element.getAttribute('heading-level')).to.equal('4');

    const deepest = await mountIn('', '6');
    await finish(deepest, [true, false]);
    expect([part(deepest, 'title'), part(deepest, 'score'), part(deepest, 'review-heading')].map((h) => h!.localName)).to.deep.equal(['h6', 'h6', 'h6']);
  });

  it('heading-level="9" is ignored with a warning: the default h2 stays', async () => {
    const original = console.warn;
    const seen: unknown[][] = [];
    console.warn = (...args: unknown[]) => seen.push(args);
    try {
      const element = await mountIn('', '9');
      expect(part(element, 'title')!.localName).to.equal('h2');
      expect(seen.flat().join(' ')).to.contain('heading-level="9"');
    } finally {
      console.warn = original;
    }
  });

  it('moving on announces the progress: the focused question is named "Question 2 of 2" and its text', async () => {
    const element = await mountIn('');
    await answer(element, true);
    await pressAction(element);
    expect(active(element)).to.equal(part(element, 'question'));
    expect(accessibleName(part(element, 'question')!)).to.equal(`Question 2 of 2 ${AUTHORED[1].question}`);
  });

  it('the progress bar shows each question: done right, done wrong, current, to come', async () => {
    const element = await mountIn('');
    const steps = () => [...element.shadowRoot!.querySelectorAll('[part~="progress-step"]')].map((s) => s.getAttribute('part'));
    expect(part(element, 'progress-bar')!.getAttribute('aria-hidden'), 'the text says it; the bar is for the eye').to.equal('true');
    expect(steps()).to.deep.equal(['progress-step progress-step-current', 'progress-step']);
    await answer(element, false);
    expect(steps()).to.deep.equal(['progress-step progress-step-current progress-step-wrong', 'progress-step']);
    await pressAction(element);
    expect(steps()).to.deep.equal(['progress-step progress-step-wrong', 'progress-step progress-step-current']);
  });

  it('the score screen draws the share of right answers as a ring, with a text alternative', async () => {
    const element = await mountIn('');
    await finish(element, [true, false]);
    const ring = part(element, 'summary-ring')!;
    expect(ring.localName).to.equal('svg');
    expect(ring.getAttribute('role')).to.equal('img');
    expect(ring.getAttribute('aria-label')).to.equal('50% right');
    const arc = part(element, 'summary-arc')!;
    expect(Number(arc.getAttribute('stroke-dasharray')?.split(/\s+/)[0])).to.be.closeTo(50, 0.01);
    expect(text(part(element, 'summary-value'))).to.equal('1/2');

    const german = (await settled<OreQuiz>(html`<ore-quiz quiz="circular-economy" lang="de"></ore-quiz>`)).element;
    await playScore({ canvasElement: german.parentElement! }); // the first choice each time: both wrong
    expect(text(part(german, 'summary-value'))).to.equal('0/2');
    expect(part(german, 'summary-ring')!.getAttribute('aria-label')!.replace(/\s+/g, ' ')).to.equal('0 % richtig');
  });
});

describe('<ore-quiz> stories that play to a state', () => {
  watchWarnings();

  type Played = { play?: (context: { canvasElement: HTMLElement }) => Promise<void>; args?: Record<string, unknown> };
  for (const [name, check] of [
    ['Feedback', (element: OreQuiz) => {
      expect(text(part(element, 'verdict'))).to.equal('Not quite. The right answer is: 62 million tonnes');
      expect(part(element, 'explanation')).to.exist;
      expect(active(element)).to.equal(part(element, 'action'));
    }],
    ['Score', (element: OreQuiz) => {
      expect(text(part(element, 'score'))).to.equal('You got 0 of 2 questions right.');
      expect(element.shadowRoot!.querySelectorAll('[part~="review-item"]')).to.have.length(2);
    }],
  ] as const) {
    for (const theme of ['light', 'dark']) {
      it(`${name} (${theme}) reaches its state through the screen alone, with no axe violations`, async () => {
        const story = (stories as unknown as Record<string, Played>)[name];
        expect(story?.play, `${name} has a play function`).to.be.a('function');
        const canvasElement = await fixture<HTMLElement>(html`<div></div>`);
        const { render } = stories.default as unknown as { render: (args: unknown, context: unknown) => TemplateResult };
        litRender(render({ ...stories.default.args, ...story.args }, { globals: { theme } }), canvasElement);
        await story.play!({ canvasElement });
        const element = canvasElement.querySelector('ore-quiz')!;
        check(element);
        await expectNoAxeViolations(element);
      });
    }
  }
});
