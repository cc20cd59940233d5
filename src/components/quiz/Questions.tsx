import { Fragment, type Ref } from 'preact';
/**
 * The questions of the self-assessment, the assignment runner and workshop mode, as controlled
 * components: the parent owns the answer (the stores keep it), so nothing is graded or saved
 * here. They are composed from the exercise islands' shared ui pieces (Card, ChoiceGroup,
 * CriteriaList, labels) so a question looks the same as in the lessons.
 */
import type { GradeResult } from '~/grader/types';
import { personaFacts } from '../lesson/persona';
import { TASK_KINDS, type AnswerField, type TaskAnswer, type TaskKind } from '~/tasks';
import { MAX_DRAFT_CHARS } from '~/schemas/constants';
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

/**
 * What a question shows of a scenario: who "you" are, the invitation, and the sender's answer for
 * a follow-up. A bank scenario fits; so does the assignment page's scenario without its key.
 */
export type ShownScenario = Pick<Scenario, 'you' | 'sender' | 'invitation'> & {
  followUp?: { message: string };
};

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
  scenario: ShownScenario;
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
  scenario: ShownScenario;
  answer: TaskAnswer;
  onChange: (answer: TaskAnswer) => void;
  onBack: () => void;
  onNext: () => void;
  /** The label of the button on the last question. */
  lastLabel: string;
  /** The heading, when not "Question 3 of 10" (e.g. "Follow-up 1 of 2"). */
  heading?: string;
  /** The instruction, when not the kind's own (an assignment asks replies of every scenario). */
  prompt?: string;
}) {
  const { idPrefix, current, total, kind, scenario } = props;
  const headingId = `${idPrefix}-q-title`;
  return (
    <section class="qz-question" aria-labelledby={headingId}>
      <div class="qz-progress">
        <h2 id={headingId} tabIndex={-1} ref={props.headingRef}>
          {props.heading ?? `Question ${current + 1} of ${total}`}
        </h2>
        <progress max={total} value={current + 1} aria-labelledby={headingId} />
      </div>
      <p class="qz-prompt">
        <strong>{TASK_KINDS[kind].name}.</strong> {props.prompt ?? TASK_KINDS[kind].prompt}
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

/** Props of a question's answer area. */
export interface AnswerFieldsProps {
  idPrefix: string;
  kind: TaskKind;
  scenario: ShownScenario;
  answer: TaskAnswer;
  onChange: (answer: TaskAnswer) => void;
}

/** The inputs of one question: one per answer field its kind reads, in the table's order. */
export function AnswerFields({ idPrefix, kind, scenario, answer, onChange }: AnswerFieldsProps) {
  return (
    <>
      {TASK_KINDS[kind].fields.map((field) => (
        <AnswerField
          key={field}
          field={field}
          idPrefix={idPrefix}
          scenario={scenario}
          answer={answer}
          onChange={onChange}
        />
      ))}
    </>
  );
}

/** The input for one answer field: radios, checkboxes or a textarea. */
function AnswerField({
  field,
  idPrefix,
  scenario,
  answer,
  onChange,
}: Omit<AnswerFieldsProps, 'kind'> & { field: AnswerField }) {
  switch (field) {
    case 'verdict':
      return (
        <ChoiceGroup<Verdict>
          legend="What would you do?"
          name={`${idPrefix}-verdict`}
          type="radio"
          options={VERDICT_LABELS}
          selected={answer.verdict ? [answer.verdict] : []}
          onToggle={(v) => onChange({ ...answer, verdict: v })}
        />
      );
    case 'flags':
      return (
        <ChoiceGroup<RedFlag>
          legend="Which red flags do you see? Tick all that apply."
          name={`${idPrefix}-flags`}
          type="checkbox"
          options={FLAG_LABELS}
          selected={answer.flags ?? []}
          onToggle={(f) => onChange({ ...answer, flags: toggle(answer.flags ?? [], f) })}
        />
      );
    case 'decision':
      return (
        <>
          <p class="exchange-who">Suppose you replied and {scenario.sender.name} answered:</p>
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
    case 'reply': {
      const text = answer.reply ?? '';
      return (
        <div class="qz-reply">
          <label class="ex-label" for={`${idPrefix}-text`}>
            Your reply to {scenario.sender.name}
          </label>
          <textarea
            id={`${idPrefix}-text`}
            class="ex-textarea"
            rows={7}
            maxLength={MAX_DRAFT_CHARS}
            aria-describedby={`${idPrefix}-count`}
            value={text}
            onInput={(e) =>
              onChange({ ...answer, reply: (e.currentTarget as HTMLTextAreaElement).value })
            }
          />
          <p id={`${idPrefix}-count`} class="ex-count">
            {countWords(text)} words · {text.length} characters
          </p>
        </div>
      );
    }
  }
}

/** The learner's answer in words, for reviews and the gradebook. Text only, never HTML. */
export function AnswerSummary({ kind, answer }: { kind: TaskKind; answer: TaskAnswer | null }) {
  if (!answer) return <p class="qz-answer">No answer.</p>;
  return (
    <>
      {TASK_KINDS[kind].fields.map((field) => {
        switch (field) {
          case 'verdict':
            return (
              <p key={field} class="qz-answer">
                <strong>Your verdict:</strong>{' '}
                {answer.verdict ? VERDICT_LABELS[answer.verdict] : 'none chosen'}
              </p>
            );
          case 'flags':
            return (
              <p key={field} class="qz-answer">
                <strong>Your red flags:</strong>{' '}
                {answer.flags?.length
                  ? answer.flags.map((f) => FLAG_LABELS[f] ?? f).join('; ')
                  : 'none ticked'}
              </p>
            );
          case 'reply':
            return (
              <Fragment key={field}>
                <p class="qz-answer">
                  <strong>Your reply:</strong>
                  {answer.reply?.trim() ? '' : ' none written'}
                </p>
                {answer.reply?.trim() && <blockquote class="qz-draft">{answer.reply}</blockquote>}
              </Fragment>
            );
          case 'decision':
            return (
              <p key={field} class="qz-answer">
                <strong>Your decision:</strong>{' '}
                {answer.decision ? DECISION_LABELS[answer.decision] : 'none chosen'}
              </p>
            );
        }
      })}
    </>
  );
}

/** The model answer of a question: the right verdict, the flags, the model reply, the why. */
export function ModelAnswer({ kind, scenario }: { kind: TaskKind; scenario: Scenario }) {
  const { answer, followUp } = scenario;
  const fields: readonly AnswerField[] = TASK_KINDS[kind].fields;
  return (
    <div class="qz-model">
      {fields.includes('verdict') && (
        <p>
          <strong>Best verdict:</strong> {VERDICT_LABELS[answer.verdict]}
        </p>
      )}
      {fields.includes('flags') && (
        <p>
          <strong>Red flags:</strong>{' '}
          {answer.flags.length ? answer.flags.map((f) => FLAG_LABELS[f]).join('; ') : 'none'}
        </p>
      )}
      {fields.includes('reply') && answer.reply && (
        <>
          <p>
            <strong>A model reply:</strong>
          </p>
          <blockquote class="ex-model">{answer.reply}</blockquote>
        </>
      )}
      {fields.includes('decision') && followUp ? (
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
      <CriteriaList criteria={result.criteria} detailed text={answer?.reply ?? ''} />
      <ModelAnswer kind={kind} scenario={scenario} />
    </article>
  );
}
