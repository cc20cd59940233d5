/**
 * A reply practice item shown in place ("Another one like this" after a reply exercise): who
 * "you" are, the invitation card and the same reply exercise, graded and saved under its own id
 * (`practice:<scenario id>:reply`). Loaded on demand, with the practice pool.
 */
import { useEffect, useState } from 'preact/hooks';
import { practiceExerciseId } from '~/practice';
import type { Scenario } from '~/schemas/scenario';
import type { WritingText } from '../lesson/islandText';
import ReplyExercise, { loadGrader } from '../lesson/islands/ReplyExercise';
import { Card } from '../ui/Card';
import { WRITING_CRITERIA } from '../ui/writingCriteria';
import { PracticeIntro, showPracticeIn, type PracticeViewProps } from './practicePool';

// Criterion ids come from the grader as strings; a name may be missing for a new one.
const names: Partial<Record<string, string>> = WRITING_CRITERIA;

/**
 * The reply island's words for a scenario, from the reply grader once it has loaded (the same
 * as ../lesson/islandText's replyText, which the build computes for lesson exercises).
 */
function useReplyText(scenario: Scenario): WritingText | undefined {
  const [text, setText] = useState<WritingText>();
  useEffect(() => {
    loadGrader().then(
      (grade) => {
        const criteria = grade(scenario, '').criteria;
        setText({
          names: Object.fromEntries(criteria.map((c) => [c.id, names[c.id] ?? c.id])),
          initial: criteria.map(({ id, met }) => ({ id, met })),
        });
      },
      () => {},
    );
  }, [scenario]);
  return text;
}

/** A reply practice item: heading, "you", the card and the reply exercise. */
export function PracticeReplyItem({ scenario, hostPrefix, onAnother }: PracticeViewProps) {
  const idPrefix = `${hostPrefix}-practice-${scenario.id}`;
  const text = useReplyText(scenario);
  return (
    <section class="practice-item" aria-labelledby={`${idPrefix}-title`}>
      <PracticeIntro scenario={scenario} idPrefix={idPrefix} level={4} />
      <Card scenario={scenario} level={4} />
      <p class="exercise-question">
        Write a reply without accepting: clear up what the invitation gets wrong, kindly, and ask
        what you need to know to decide.
      </p>
      {text && (
        <ReplyExercise
          scenario={scenario}
          text={text}
          exerciseId={practiceExerciseId(scenario.id, 'reply')}
          idPrefix={idPrefix}
          onAnother={onAnother}
        />
      )}
    </section>
  );
}

/** Shows reply practice items like `scenario` in `host`, below a lesson's reply exercise. */
export function showReplyPractice(
  host: HTMLElement,
  request: { scenario: Scenario; hostPrefix: string; poolUrl?: string },
): void {
  showPracticeIn(host, { ...request, kind: 'reply', View: PracticeReplyItem, viewProps: {} });
}
