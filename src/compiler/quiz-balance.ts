/**
 * Quiz answer balance: when most correct answers sit at the same place in `choices`, a reader can
 * score well by always picking that place. `npm run check` warns when one position holds more
 * than {@link MAX_SHARE} of a quiz's correct answers.
 */
import { ContentError } from './errors.ts';
import type { Entry } from './library.ts';
import type { QuizSource } from './schema.ts';

/** The largest share of a quiz's correct answers that one position may hold. */
export const MAX_SHARE = 0.4;

const ORDINALS = ['first', 'second', 'third', 'fourth'];

/**
 * Warnings for a source quiz whose correct answers bunch at one position, one per such position.
 * Quiet for a quiz that no order of its choices could balance (too few questions), and it skips
 * questions whose answer is not among the choices (the compiler reports those as errors).
 */
export function quizBalanceWarnings(entry: Entry): ContentError[] {
  const questions = (entry.data as QuizSource).questions.filter((q) => q.choices.includes(q.answer));
  const positions = questions.map((q) => q.choices.indexOf(q.answer));
  const total = positions.length;
  if (total === 0 || !canBalance(questions.map((q) => q.choices.length), total)) return [];

  const counts = new Map<number, number>();
  for (const p of positions) counts.set(p, (counts.get(p) ?? 0) + 1);
  return [...counts]
    .filter(([, count]) => count / total > MAX_SHARE)
    .sort(([a], [b]) => a - b)
    .map(
      ([p, count]) =>
        new ContentError(
          entry.file,
          `choice ${p + 1} (the ${ORDINALS[p] ?? `${p + 1}th`}) is the correct answer in ${count} of ${total} questions ` +
            `(${Math.round((count / total) * 100)}%); reorder some questions' choices so that no position holds more than ` +
            `${Math.round(MAX_SHARE * 100)}% of the correct answers`,
          entry.lineOf(['questions']),
          'questions',
        ),
    );
}

/**
 * Whether some order of the choices keeps every position at or below the limit. Each position may
 * hold at most `floor(MAX_SHARE × total)` answers, and a question with n choices can only use the
 * first n positions; as those sets are nested, it is enough that the questions with 3 choices fit
 * into the first three positions and all questions fit into all four.
 */
function canBalance(choiceCounts: number[], total: number): boolean {
  const perPosition = Math.floor(MAX_SHARE * total + 1e-9);
  const widest = Math.max(...choiceCounts);
  const three = choiceCounts.filter((n) => n <= 3).length;
  return three <= 3 * perPosition && total <= Math.min(widest, 4) * perPosition;
}
