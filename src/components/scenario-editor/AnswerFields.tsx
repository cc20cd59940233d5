import { ANSWER_KEY_POLICY } from '~/schemas/answer-key';
import { FOLLOW_UP_DECISIONS, RED_FLAGS, SITUATIONS, VERDICTS } from '~/schemas/constants';
import type { GradeResult } from '~/grader';
import {
  MODEL_REPLY_MAX_WORDS,
  MODEL_REPLY_MIN_SHARE,
  MODEL_REPLY_MIN_WORDS,
  wordCount,
} from '~/own-scenarios/rules';
import { withSituation, type Draft, type DraftMark } from '~/own-scenarios/draft';
import { meetsModelShare, sharePercent, type FieldPath } from '~/own-scenarios/check';
import { CriteriaList } from '../ui/Feedback';
import { toggle } from '../ui/ChoiceGroup';
import { DECISION_LABELS, FLAG_LABELS, VERDICT_LABELS } from '../ui/labels';
import { fieldId, SelectField, TextArea, TextField } from './Field';

/** Props of the answer part of the form. */
export interface AnswerFieldsProps {
  draft: Draft;
  /**
   * Changes the draft: a function of the draft as it is at the moment of the change (fast typing
   * fires several events before the next render, so what was rendered may be behind).
   */
  onChange: (update: (now: Draft) => Draft) => void;
  errorOf: (path: FieldPath) => string | undefined;
  onTouch: (path: FieldPath) => void;
  replyResult: GradeResult | null;
}

const situationOptions = [
  { value: '' as const, label: 'Choose…' },
  ...SITUATIONS.map((s) => ({ value: s, label: `${s}: ${ANSWER_KEY_POLICY[s].meaning}` })),
];

/** Situation, verdict, partial credit, flags, marks, why, model reply, follow-up, consequences. */
export function AnswerFields({
  draft,
  onChange,
  errorOf,
  onTouch,
  replyResult,
}: AnswerFieldsProps) {
  type Answer = Draft['answer'];
  const answer = (change: Partial<Answer> | ((now: Answer) => Partial<Answer>)) =>
    onChange((now) => ({
      ...now,
      answer: { ...now.answer, ...(typeof change === 'function' ? change(now.answer) : change) },
    }));
  const common = (path: FieldPath) => ({ path, error: errorOf(path), onTouch });
  const setMark = (i: number, change: Partial<DraftMark>) =>
    answer((a) => ({ marks: a.marks.map((m, k) => (k === i ? { ...m, ...change } : m)) }));
  const flagsError = errorOf('answer.flags');
  const marksError = errorOf('answer.marks');
  const isReply = draft.answer.verdict === 'reply';
  const words = wordCount(draft.answer.reply);

  return (
    <fieldset class="se-group">
      <legend>The answer</legend>
      <SelectField
        {...common('situation')}
        label="Situation"
        hint="The answer-key policy: choosing it fills in the verdict and the partial credit, so your scenario is marked like the course's."
        value={draft.situation}
        options={situationOptions}
        onChange={(s) => onChange((now) => withSituation(now, s))}
      />
      <SelectField
        {...common('answer.verdict')}
        label="Best verdict"
        value={draft.answer.verdict}
        options={VERDICTS.map((v) => ({ value: v, label: VERDICT_LABELS[v] }))}
        onChange={(verdict) => answer({ verdict })}
      />
      <div class="se-field">
        <p class="ex-label" id="se-partial-title">
          Partial credit for the other verdicts
        </p>
        {draft.answer.partial.length === 0 && <p>None: the other verdicts earn nothing.</p>}
        {draft.answer.partial.map((p, i) => (
          <TextArea
            path="answer.partial"
            key={p.verdict}
            label={`${VERDICT_LABELS[p.verdict]} earns ${Math.round(p.credit * 100)}%: the reason students see`}
            value={p.reason}
            rows={2}
            error={i === 0 ? errorOf('answer.partial') : undefined}
            onTouch={onTouch}
            onInput={(reason) =>
              answer((a) => ({
                partial: a.partial.map((q, k) => (k === i ? { ...q, reason } : q)),
              }))
            }
          />
        ))}
      </div>
      <fieldset
        class="ex-choices se-flags"
        id={fieldId('answer.flags')}
        aria-invalid={flagsError ? true : undefined}
        aria-describedby={flagsError ? `${fieldId('answer.flags')}-error` : undefined}
      >
        <legend>Red flags</legend>
        {RED_FLAGS.map((f) => (
          <label class="ex-choice">
            <input
              type="checkbox"
              name={`se-flag-${f}`}
              checked={draft.answer.flags.includes(f)}
              onChange={() => {
                answer((a) => ({ flags: toggle(a.flags, f) }));
                onTouch('answer.flags');
              }}
            />{' '}
            {FLAG_LABELS[f]}
          </label>
        ))}
        {flagsError && (
          <p id={`${fieldId('answer.flags')}-error`} class="se-error">
            {flagsError}
          </p>
        )}
      </fieldset>
      <fieldset
        class="se-marks"
        id={fieldId('answer.marks')}
        aria-describedby={`se-marks-hint${marksError ? ` ${fieldId('answer.marks')}-error` : ''}`}
      >
        <legend>Marks on the card (optional)</legend>
        <p id="se-marks-hint" class="se-hint">
          Where "Show me" points at each flag. Leave them out and the answer names the flags in
          words; add any and every flag needs one. A note mark quotes the note word for word.
        </p>
        {draft.answer.marks.map((m, i) => (
          <div class="se-mark">
            <label>
              Flag{' '}
              <select
                name={`se-mark-${i}-flag`}
                value={m.flag}
                onChange={(e) =>
                  setMark(i, {
                    flag: (e.currentTarget as HTMLSelectElement).value as DraftMark['flag'],
                  })
                }
              >
                {RED_FLAGS.map((f) => (
                  <option value={f}>{FLAG_LABELS[f]}</option>
                ))}
              </select>
            </label>{' '}
            <label>
              On{' '}
              <select
                name={`se-mark-${i}-on`}
                value={m.on}
                onChange={(e) =>
                  setMark(i, {
                    on: (e.currentTarget as HTMLSelectElement).value as DraftMark['on'],
                  })
                }
              >
                <option value="note">the note</option>
                <option value="route">the route</option>
                <option value="profile">the profile</option>
              </select>
            </label>
            {m.on === 'note' && (
              <label class="se-block">
                Words of the note{' '}
                <input
                  class="asg-input"
                  name={`se-mark-${i}-text`}
                  value={m.text}
                  onInput={(e) => setMark(i, { text: (e.currentTarget as HTMLInputElement).value })}
                />
              </label>
            )}
            <label class="se-block">
              What to notice{' '}
              <input
                class="asg-input"
                name={`se-mark-${i}-explain`}
                value={m.explain}
                onInput={(e) =>
                  setMark(i, { explain: (e.currentTarget as HTMLInputElement).value })
                }
              />
            </label>
            <button
              type="button"
              class="ex-button secondary"
              onClick={() => answer((a) => ({ marks: a.marks.filter((_, k) => k !== i) }))}
            >
              Remove mark {i + 1}
            </button>
          </div>
        ))}
        <button
          type="button"
          class="ex-button secondary"
          onClick={() =>
            answer((a) => ({
              marks: [
                ...a.marks,
                { flag: a.flags[0] ?? 'no-reason', on: 'note', text: '', explain: '' },
              ],
            }))
          }
        >
          Add a mark
        </button>
        {marksError && (
          <p id={`${fieldId('answer.marks')}-error`} class="se-error">
            {marksError}
          </p>
        )}
      </fieldset>
      <TextArea
        {...common('answer.why')}
        label="Why this is the right call"
        hint="In terms of the course's principle: an honest start to a relationship that moves both of you forward. More than 80 characters."
        value={draft.answer.why}
        rows={4}
        onInput={(why) => answer({ why })}
      />
      {isReply && (
        <TextArea
          {...common('answer.reply')}
          label="Model reply"
          hint={`Opens with "Hi", "Hello" or "Dear" and the sender's first name, asks at least one question, gives no email or phone number, is ${MODEL_REPLY_MIN_WORDS} to ${MODEL_REPLY_MAX_WORDS} words (now ${words}), and scores at least ${MODEL_REPLY_MIN_SHARE * 100}% with the reply grader below.`}
          value={draft.answer.reply}
          rows={6}
          onInput={(reply) => answer({ reply })}
          extra={
            replyResult && (
              <section class="se-rubric" aria-label="The reply grader on your model reply">
                <p class="ex-label">
                  The reply grader: {sharePercent(replyResult)}%
                  {meetsModelShare(replyResult)
                    ? ', enough for a model reply'
                    : `, a model reply needs ${MODEL_REPLY_MIN_SHARE * 100}%`}
                </p>
                <CriteriaList criteria={replyResult.criteria} text={draft.answer.reply} />
              </section>
            )
          }
        />
      )}
      {isReply && (
        <label class="ex-choice">
          <input
            type="checkbox"
            name="se-has-follow-up"
            checked={draft.hasFollowUp}
            onChange={() => onChange((now) => ({ ...now, hasFollowUp: !now.hasFollowUp }))}
          />{' '}
          The sender answers the reply (a follow-up question)
        </label>
      )}
      {isReply && draft.hasFollowUp && (
        <>
          <TextArea
            {...common('followUp.message')}
            label="The sender's answer"
            value={draft.followUp.message}
            onInput={(message) =>
              onChange((now) => ({ ...now, followUp: { ...now.followUp, message } }))
            }
          />
          <SelectField
            {...common('followUp.decision')}
            label="What to do then"
            value={draft.followUp.decision}
            options={FOLLOW_UP_DECISIONS.map((d) => ({ value: d, label: DECISION_LABELS[d] }))}
            onChange={(decision) =>
              onChange((now) => ({ ...now, followUp: { ...now.followUp, decision } }))
            }
          />
          <TextArea
            {...common('followUp.why')}
            label="Why"
            value={draft.followUp.why}
            onInput={(why) => onChange((now) => ({ ...now, followUp: { ...now.followUp, why } }))}
          />
        </>
      )}
      <fieldset class="se-group">
        <legend>What happens next (optional)</legend>
        {VERDICTS.map((v) => (
          <TextField
            {...common(`consequences.${v}`)}
            label={`If they choose "${VERDICT_LABELS[v]}"`}
            value={draft.consequences[v]}
            max={600}
            onInput={(text) =>
              onChange((now) => ({ ...now, consequences: { ...now.consequences, [v]: text } }))
            }
          />
        ))}
      </fieldset>
    </fieldset>
  );
}
