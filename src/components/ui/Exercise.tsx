/**
 * The parts every exercise island shares: the form with its Check button and status region, the
 * feedback and the criteria list. Words come in as props (the Astro wrappers pass them, see
 * islandText.ts), so no label table is bundled with the islands.
 */
import type { ComponentChildren, Ref } from 'preact';
import type { Criterion, GradeResult } from '~/grader/types';
import { formatScore } from './format';
import { around, excerpt } from './highlight';

/** Icon, words for screen readers and class name for each value of `met`. */
const STATES = {
  true: ['✓', 'met', 'ex-met'],
  false: ['✗', 'not met yet', 'ex-unmet'],
  null: ['–', 'not needed here', 'ex-na'],
} as const;

/** Props of a list of criteria. */
export interface CriteriaListProps {
  /** Only `id` and `met` are needed without `detailed`. */
  criteria: readonly Pick<Criterion, 'id' | 'met'>[] | readonly Criterion[];
  /** Criterion ids in words (`flag:<id>` included); an id without a name shows as itself. */
  names: Record<string, string>;
  detailed?: boolean;
  text?: string;
}

/**
 * Criteria with a tick, a cross or a dash. With `detailed`, each says the grader's feedback and
 * quotes the learner's own words once, the evidence in a `<mark>`, as text only: where the
 * feedback already quotes the evidence it is marked there, otherwise an excerpt of `text` follows.
 */
export function CriteriaList(props: CriteriaListProps) {
  return (
    <ul class="ex-criteria">
      {(props.criteria as Criterion[]).map((c) => {
        const [icon, state, className] = STATES[`${c.met}`];
        const feedback = c.feedback || state;
        const inFeedback = props.detailed && c.evidence && around(feedback, c.evidence);
        const quote =
          props.detailed && c.evidence && !inFeedback && excerpt(props.text ?? '', c.evidence);
        return (
          <li class={`ex-criterion ${className}`}>
            <span class="ex-icon" aria-hidden="true">
              {icon}
            </span>{' '}
            <span>
              <strong>{props.names[c.id] || c.id}</strong>
              <span class="visually-hidden"> ({state})</span>
              {props.detailed && ': '}
              {inFeedback ? (
                <>
                  {inFeedback[0]}
                  <mark>{inFeedback[1]}</mark>
                  {inFeedback[2]}
                </>
              ) : (
                props.detailed && feedback
              )}
              {quote && (
                <q class="ex-evidence">
                  {quote[0]}
                  <mark>{quote[1]}</mark>
                  {quote[2]}
                </q>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** Props of an exercise's form. */
export interface ExerciseFormProps {
  /** Element id, when the island needs to find the form. */
  id?: string;
  /** Called on Check (the button, or Enter in a field). */
  onCheck: () => void;
  /**
   * Called on the learner's first touch of the form (focus, pointer down, input): islands start
   * loading the grader there, so it is ready by the time they press Check. Called on every such
   * event; it must be cheap and idempotent.
   */
  onFirstUse?: () => void;
  /** What the status region says: results, checklist counts, warnings. */
  announcement: string;
  /** A visible line under Check: "Loading the checker…", or why checking failed. */
  pending?: string;
  /** The inputs, before the Check button. */
  children: ComponentChildren;
  /** The feedback, after the Check button. */
  feedback?: ComponentChildren;
}

/**
 * An exercise's form: the inputs, the Check button, the status region that announces every
 * result, then the feedback. `method="dialog"` makes a submit before hydration do nothing.
 */
export function ExerciseForm(props: ExerciseFormProps) {
  const use = props.onFirstUse;
  return (
    <form
      id={props.id}
      class="ex-form"
      method="dialog"
      onFocusIn={use}
      onPointerDown={use}
      onInput={use}
      onSubmit={(event) => {
        event.preventDefault();
        props.onCheck();
      }}
    >
      {props.children}
      <button type="submit" class="ex-button">
        Check
      </button>
      <p role="status" class="visually-hidden">
        {props.announcement}
      </p>
      {props.pending && <p class="ex-pending">{props.pending}</p>}
      {props.feedback}
    </form>
  );
}

/** Props of the feedback shown after Check. */
export interface FeedbackProps {
  result: GradeResult;
  /** Criterion ids in words. */
  names: Record<string, string>;
  /** The learner's text, to quote evidence from. */
  text?: string;
  /** Gets the focus after each check (the heading has tabindex -1). */
  headingRef: Ref<HTMLHeadingElement>;
  /**
   * Criteria shown in full even when met, because their feedback is the explanation the learner
   * came for (the verdict's and the decision's "why"). Default: `verdict` and `decision`.
   */
  explained?: readonly string[];
  children?: ComponentChildren;
}

/**
 * The result of a check, compact enough for a phone: a focusable heading with the score, the
 * criteria not met in full and in the grader's order (so the first is the one to work on), then
 * one line "Met: …" that opens to the met criteria, and one line for those not needed here.
 */
export function Feedback(props: FeedbackProps) {
  const { result, names, headingRef } = props;
  const explained = props.explained ?? ['verdict', 'decision'];
  // The criterion to fix first (a failed must-have, say) leads, then the rest in rubric order.
  const full = result.criteria
    .filter((c) => c.met === false || (c.met && explained.includes(c.id)))
    .sort((a, b) => Number(b.id === result.lead) - Number(a.id === result.lead));
  const met = result.criteria.filter((c) => c.met && !explained.includes(c.id));
  const unneeded = result.criteria.filter((c) => c.met === null);
  const list = (criteria: Criterion[]) =>
    criteria.length > 0 && (
      <CriteriaList criteria={criteria} names={names} detailed text={props.text} />
    );
  const named = (criteria: Criterion[]) => criteria.map((c) => names[c.id] || c.id).join(', ');
  return (
    <div class="ex-feedback">
      <h4 class="ex-result" tabIndex={-1} ref={headingRef}>
        {result.passed ? 'Well done' : 'Not quite yet'}: {formatScore(result.score)} of{' '}
        {formatScore(result.maxScore)}
      </h4>
      {result.summary && <p class="ex-summary">{result.summary}</p>}
      {list(full)}
      {met.length > 0 && (
        <details class="ex-met-all">
          <summary>Met: {named(met)}</summary>
          {list(met)}
        </details>
      )}
      {unneeded.length > 0 && <p class="ex-na-all">Not needed here: {named(unneeded)}</p>}
      {props.children}
    </div>
  );
}
