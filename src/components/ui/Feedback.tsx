/**
 * The feedback pieces with every criterion's name built in, for the self-assessment and other
 * pages that show any criterion. Exercise islands use ./Exercise directly and get their few names
 * as props, so the label tables stay out of their JavaScript.
 */
import type { Criterion } from '~/grader/types';
import {
  CriteriaList as NamedCriteriaList,
  Feedback as NamedFeedback,
  type FeedbackProps as NamedFeedbackProps,
} from './Exercise';
import { CHOICE_CRITERIA, criterionLabel } from './labels';

export { ExerciseForm, type ExerciseFormProps } from './Exercise';

/** Every criterion id a list may show, in words (red flags included). */
const namesFor = (criteria: readonly Pick<Criterion, 'id'>[], names?: Record<string, string>) =>
  Object.fromEntries(criteria.map((c) => [c.id, criterionLabel(c.id, names)]));

/**
 * Criteria with a tick, a cross or a dash; see ./Exercise. `names` defaults to every criterion's
 * name; red flags are named already.
 */
export function CriteriaList(props: {
  criteria: Criterion[];
  names?: Record<string, string>;
  detailed?: boolean;
  text?: string;
}) {
  return <NamedCriteriaList {...props} names={namesFor(props.criteria, props.names)} />;
}

/** Props of the feedback shown after Check; `names` defaults to the verdict and follow-up names. */
export type FeedbackProps = Omit<NamedFeedbackProps, 'names'> & { names?: Record<string, string> };

/** The result of a check: a focusable heading with the score, then per-criterion feedback. */
export function Feedback(props: FeedbackProps) {
  return (
    <NamedFeedback
      {...props}
      names={namesFor(props.result.criteria, props.names ?? CHOICE_CRITERIA)}
    />
  );
}
