/**
 * A verdict practice item shown in place ("Another one like this" in a lesson, or the review
 * page): who "you" are, the invitation card and the same verdict exercise, graded and saved under
 * its own id (`practice:<scenario id>:verdict`). Loaded on demand, with the practice pool, so
 * lesson pages carry none of it until the learner asks.
 */
import { useEffect, useRef } from 'preact/hooks';
import { practiceExerciseId } from '~/practice';
import type { Scenario } from '~/schemas/scenario';
import { personaFacts } from '../lesson/persona';
import type { VerdictText } from '../lesson/islandText';
import VerdictExercise from '../lesson/islands/VerdictExercise';
import { Card } from '../ui/Card';
import { showPracticeIn, type PracticeViewProps } from './practicePool';

export { fetchPracticePool, nextPractice, PRACTICE_POOL_URL } from './practicePool';

/** Props of a verdict practice item. */
export interface PracticeItemProps extends PracticeViewProps {
  /** The verdict exercise's words (see ../lesson/islandText). */
  text: VerdictText;
  /** The heading's level (4 inside a lesson exercise). */
  level?: 3 | 4;
}

/** The start of a practice item: a heading that takes the focus, then who "you" are. */
export function PracticeIntro(props: { scenario: Scenario; idPrefix: string; level: 3 | 4 }) {
  const { scenario, idPrefix } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const Heading = `h${props.level}` as 'h4';
  return (
    <>
      <Heading class="practice-title" id={`${idPrefix}-title`} tabIndex={-1} ref={heading}>
        Another one like this: {scenario.sender.name}
      </Heading>
      <p class="scenario-you">
        <strong>You are {scenario.you.name}.</strong> {personaFacts(scenario.you).join(' ')}
      </p>
    </>
  );
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
