/**
 * A verdict practice item shown in place ("Another one like this" in a lesson, or the review
 * page): who "you" are, the invitation card and the same verdict exercise, graded and saved under
 * its own id (`practice:<scenario id>:verdict`). Loaded on demand, with the practice pool, so
 * lesson pages carry none of it until the learner asks.
 */
import { practiceExerciseId } from '~/practice';
import type { Scenario } from '~/schemas/scenario';
import type { VerdictText } from '../lesson/islandText';
import VerdictExercise from '../lesson/islands/VerdictExercise';
import { Card } from '../ui/Card';
import { PracticeIntro, showPracticeIn, type PracticeViewProps } from './practicePool';

export { fetchPracticePool, nextPractice, PRACTICE_POOL_URL } from './practicePool';

/** Props of a verdict practice item. */
export interface PracticeItemProps extends PracticeViewProps {
  /** The verdict exercise's words (see ../lesson/islandText). */
  text: VerdictText;
  /** The heading's level (4 inside a lesson exercise). */
  level?: 3 | 4;
}

/** A verdict practice item: heading, "you", the card and the verdict exercise. */
export function PracticeItem({
  scenario,
  text,
  hostPrefix,
  onAnother,
  level = 4,
}: PracticeItemProps) {
  const idPrefix = `${hostPrefix}-practice-${scenario.id}`;
  return (
    <section class="practice-item" aria-labelledby={`${idPrefix}-title`}>
      <PracticeIntro scenario={scenario} idPrefix={idPrefix} level={level} />
      <VerdictExercise
        scenario={scenario}
        text={text}
        card={<Card scenario={scenario} level={4} />}
        marked={<Card scenario={scenario} level={4} marks={scenario.answer.marks} />}
        exerciseId={practiceExerciseId(scenario.id)}
        idPrefix={idPrefix}
        onAnother={onAnother && (() => onAnother())}
      />
    </section>
  );
}

/** Shows verdict practice items like `scenario` in `host`, below a lesson's verdict exercise. */
export function showPractice(
  host: HTMLElement,
  request: { scenario: Scenario; text: VerdictText; hostPrefix: string; poolUrl?: string },
): void {
  const { text, ...rest } = request;
  showPracticeIn(host, { ...rest, kind: 'verdict', View: PracticeItem, viewProps: { text } });
}

export default PracticeItem;
