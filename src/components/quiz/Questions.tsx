import type { Ref } from 'preact';
/**
 * The questions of the self-assessment, the assignment runner and workshop mode, as controlled
 * components: the parent owns the answer (the stores keep it), so nothing is graded or saved
 * here. They are composed from the exercise islands' shared ui pieces (Card, ChoiceGroup,
 * CriteriaList, labels) so a question looks the same as in the lessons.
 */
import type { GradeResult } from '~/grader/types';
import { personaFacts } from '../lesson/persona';
import type { TaskAnswer, TaskKind } from '~/quiz/tasks';
import type {
  FollowUpDecision,
  Mark,
  Persona,
  RedFlag,
  Scenario,
  Verdict,
} from '~/schemas/scenario';
import { Card } from '../ui/Card';
import { ChoiceGroup, toggle } from '../ui/ChoiceGroup';
import { CriteriaList } from '../ui/Feedback';
import { countWords } from '../ui/format';
import { DECISION_LABELS, FLAG_LABELS, VERDICT_LABELS, formatScore } from '../ui/labels';

/** Who "you" are in the scenario: what the learner needs to judge the invitation. */
export function PersonaLine({ you }: { you: Persona }) {
  const facts = personaFacts(you);
  return (
    <p class="scenario-you">
      <strong>You are {you.name}.</strong> {facts.join(' ')}
    </p>
  );
}

/** The persona and the invitation card; `marks` shows the red flags on the card. */
export function ScenarioView(props: {
  scenario: Scenario;
  marks?: readonly Mark[];
  level?: 3 | 4;
}) {
  return (
    <div class="qz-scenario">
      <PersonaLine you={props.scenario.you} />
      <Card scenario={props.scenario} marks={props.marks} level={props.level ?? 3} />
    </div>
  );
}

/**
 * One question on its own screen, as the self-assessment and assignments ask it: "Question 3 of
 * 10" (the heading the runner focuses), a progress bar, the instruction, the scenario, the answer
 * fields, and Back / Next. Submitting the form (Enter, or Next) moves on.
 */
export function QuestionStep(props: {
  /** Prefix of ids on the page: `qz`, `asg`. */
  idPrefix: string;
  headingRef: Ref<HTMLHeadingElement>;
  current: number;
  total: number;
  kind: TaskKind;
  scenario: Scenario;
  answer: TaskAnswer;
  onChange: (answer: TaskAnswer) => void;
  onBack: () => void;
  onNext: () => void;
  /** The label of the button on the last question. */
  lastLabel: string;
}) {
  const { idPrefix, current, total, kind, scenario } = props;
  const headingId = `${idPrefix}-q-title`;
  return (
    <section class="qz-question" aria-labelledby={headingId}>
      <div class="qz-progress">
        <h2 id={headingId} tabIndex={-1} ref={props.headingRef}>
          Question {current + 1} of {total}
        </h2>
        <progress max={total} value={current + 1} aria-labelledby={headingId} />
      </div>
      <p class="qz-prompt">
        <strong>{TASK_NAMES[kind]}.</strong> {TASK_PROMPTS[kind]}
      </p>
      <ScenarioView scenario={scenario} />
      <form
        class="ex-form"
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          props.onNext();
        }}
      >
        <AnswerFields
          idPrefix={`${idPrefix}-${current}`}
          kind={kind}
          scenario={scenario}
          answer={props.answer}
          onChange={props.onChange}
        />
        <p class="qz-nav">
          <button
            type="button"
            class="ex-button secondary"
            disabled={current === 0}
            onClick={props.onBack}
          >
            Back
          </button>{' '}
          <button type="submit" class="ex-button">
            {current === total - 1 ? props.lastLabel : 'Next'}
          </button>
        </p>
      </form>
    </section>
  );
}

/** What each question kind asks, as the question's instruction. */
export const TASK_PROMPTS: Record<TaskKind, string> = {
  spot: 'Which red flags does this invitation show?',
  decide: 'What would you do with this invitation?',
  judge: 'What would you do, and which red flags do you see?',
  reply: 'Write your reply to this invitation.',
  followup: 'The sender answered your reply. What do you do now?',
};

/** Short names of the kinds, for tables and reviews. */
export const TASK_NAMES: Record<TaskKind, string> = {
  spot: 'Spot the flags',
  decide: 'Choose the verdict',
  judge: 'Verdict and flags',
  reply: 'Write the reply',
  followup: 'Follow-up decision',
};

/** Props of a question's answer area. */
export interface AnswerFieldsProps {
  idPrefix: string;
  kind: TaskKind;
  scenario: Scenario;
  answer: TaskAnswer;
  onChange: (answer: TaskAnswer) => void;
}

/** The inputs of one question: radios, checkboxes or a textarea, by kind. */
export function AnswerFields({ idPrefix, kind, scenario, answer, onChange }: AnswerFieldsProps) {
  const verdict = (
    <ChoiceGroup<Verdict>
      legend="What would you do?"
      name={`${idPrefix}-verdict`}
      type="radio"
      options={VERDICT_LABELS}
      selected={answer.verdict ? [answer.verdict] : []}
      onToggle={(v) => onChange({ ...answer, verdict: v })}
    />
  );
  const flags = (
    <ChoiceGroup<RedFlag>
      legend="Which red flags do you see? Tick all that apply."
      name={`${idPrefix}-flags`}
      type="checkbox"
      options={FLAG_LABELS}
      selected={answer.flags ?? []}
      onToggle={(f) => onChange({ ...answer, flags: toggle(answer.flags ?? [], f) })}
    />
  );
  if (kind === 'spot') return flags;
  if (kind === 'decide') return verdict;
  if (kind === 'judge')
    return (
      <>
        {verdict}
        {flags}
      </>
    );
  if (kind === 'followup') {
    return (
      <>
        <p class="exchange-who">{scenario.sender.name} answered:</p>
        <blockquote class="exchange-message">{scenario.followUp?.message}</blockquote>
        <ChoiceGroup<FollowUpDecision>
          legend="What do you do now?"
          name={`${idPrefix}-decision`}
          type="radio"
          options={DECISION_LABELS}
          selected={answer.decision ? [answer.decision] : []}
          onToggle={(d) => onChange({ ...answer, decision: d })}
        />
      </>
    );
  }
  const text = answer.text ?? '';
  return (
    <div class="qz-reply">
      <label class="ex-label" for={`${idPrefix}-text`}>
        Your reply to {scenario.sender.name}
      </label>
      <textarea
        id={`${idPrefix}-text`}
        class="ex-textarea"
        rows={7}
        maxLength={8000}
        aria-describedby={`${idPrefix}-count`}
        value={text}
        onInput={(e) =>
          onChange({ ...answer, text: (e.currentTarget as HTMLTextAreaElement).value })
        }
      />
      <p id={`${idPrefix}-count`} class="ex-count">
        {countWords(text)} words · {text.length} characters
      </p>
    </div>
  );
}

/** The learner's answer in words, for reviews and the gradebook. Text only, never HTML. */
export function AnswerSummary({ kind, answer }: { kind: TaskKind; answer: TaskAnswer | null }) {
  if (!answer) return <p class="qz-answer">No answer.</p>;
  const parts: preact.JSX.Element[] = [];
  if (kind === 'decide' || kind === 'judge')
    parts.push(
      <p class="qz-answer">
        <strong>Your verdict:</strong>{' '}
        {answer.verdict ? VERDICT_LABELS[answer.verdict] : 'none chosen'}
      </p>,
    );
  if (kind === 'spot' || kind === 'judge')
    parts.push(
      <p class="qz-answer">
        <strong>Your red flags:</strong>{' '}
        {answer.flags?.length
          ? answer.flags.map((f) => FLAG_LABELS[f] ?? f).join('; ')
          : 'none ticked'}
      </p>,
    );
  if (kind === 'reply')
    parts.push(
      <>
        <p class="qz-answer">
          <strong>Your reply:</strong>
          {answer.text?.trim() ? '' : ' none written'}
        </p>
        {answer.text?.trim() && <blockquote class="qz-draft">{answer.text}</blockquote>}
      </>,
    );
  if (kind === 'followup')
    parts.push(
      <p class="qz-answer">
        <strong>Your decision:</strong>{' '}
        {answer.decision ? DECISION_LABELS[answer.decision] : 'none chosen'}
      </p>,
    );
  return <>{parts}</>;
}

/** The model answer of a question: the right verdict, the flags, the model reply, the why. */
export function ModelAnswer({ kind, scenario }: { kind: TaskKind; scenario: Scenario }) {
  const { answer, followUp } = scenario;
  return (
    <div class="qz-model">
      {(kind === 'decide' || kind === 'judge') && (
        <p>
          <strong>Best verdict:</strong> {VERDICT_LABELS[answer.verdict]}
        </p>
      )}
      {(kind === 'spot' || kind === 'judge') && (
        <p>
          <strong>Red flags:</strong>{' '}
          {answer.flags.length ? answer.flags.map((f) => FLAG_LABELS[f]).join('; ') : 'none'}
        </p>
      )}
      {kind === 'reply' && answer.reply && (
        <>
          <p>
            <strong>A model reply:</strong>
          </p>
          <blockquote class="ex-model">{answer.reply}</blockquote>
        </>
      )}
      {kind === 'followup' && followUp ? (
        <p>
          <strong>Best decision:</strong> {DECISION_LABELS[followUp.decision]}. {followUp.why}
        </p>
      ) : (
        <p>
          <strong>Why:</strong> {answer.why}
        </p>
      )}
    </div>
  );
}

/** A graded question: score, the learner's answer, per-criterion feedback and the model answer. */
export function ItemReview(props: {
  kind: TaskKind;
  scenario: Scenario;
  answer: TaskAnswer | null;
  result: GradeResult;
  share: number;
  heading: string;
  level?: 3 | 4;
}) {
  const { kind, scenario, answer, result } = props;
  const H = `h${props.level ?? 3}` as 'h3';
  return (
    <article class="qz-review-item">
      <H class="qz-review-title">
        {props.heading}{' '}
        <span class="qz-review-score">
          ({Math.round(props.share * 100)}%, {formatScore(result.score)} of{' '}
          {formatScore(result.maxScore)})
        </span>
      </H>
      <AnswerSummary kind={kind} answer={answer} />
      <CriteriaList criteria={result.criteria} detailed text={answer?.text ?? ''} />
      <ModelAnswer kind={kind} scenario={scenario} />
    </article>
  );
}
