/**
 * What the page gives back once the invitation is described: the course's reading (the card with
 * its red flags marked, each with its lesson), the decision flow, the reply to start from with the
 * live checklist of lesson 6, and the reading of the sender's answer (lesson 7).
 */
import { useMemo } from 'preact/hooks';
import { gradeReply } from '~/grader';
import {
  FLOW_LESSON,
  FLOW_QUESTIONS,
  REPLY_LESSON,
  type AnswerReading,
  type InvitationReading,
  type Recommendation,
} from '~/invitation';
import type { BenefitAnswer } from '~/schemas/invitation-description';
import type { Scenario } from '~/schemas/scenario';
import { Card } from '../ui/Card';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { CriteriaList } from '../ui/Exercise';
import { countWords } from '../ui/format';
import { useDebounced } from '../ui/hooks';
import { FLAG_LABELS, VERDICT_LABELS } from '../ui/labels';
import { WRITING_CRITERIA } from '../ui/writingCriteria';
import { BENEFIT_CHOICES } from './words';
import { sitePath } from '../ui/sitePath';

const ANSWER_WORDS: Record<BenefitAnswer, string> = { yes: 'Yes', no: 'No', unsure: 'Not sure' };

/** The course's reading: the card with the red flags marked, and where each is explained. */
export function ReadingView({
  scenario,
  reading,
}: {
  scenario: Scenario;
  reading: InvitationReading;
}) {
  const { note, findings } = reading;
  const mutual = scenario.sender.mutualConnections;
  return (
    <>
      <Card scenario={scenario} marks={scenario.answer.marks} level={3} />
      {findings.length ? (
        <>
          <h3>Where the course explains each red flag</h3>
          <ul class="mi-flags">
            {findings.map((f) => (
              <li>
                {FLAG_LABELS[f.flag]}: <a href={sitePath(f.lesson.href)}>{f.lesson.title}</a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <h3>No red flag</h3>
          <p>The route, your facts, the note and the profile raise no warning sign.</p>
        </>
      )}
      <h3>The note, as the course reads it</h3>
      {note.kind === 'written' ? (
        <ul class="mi-note-reading">
          <li>
            {note.how ? (
              <>Says how they know of you: “{note.how}”</>
            ) : (
              'Does not say how they know of you.'
            )}
          </li>
          <li>
            {note.reason ? <>Gives a reason: “{note.reason}”</> : 'Gives no reason to connect.'}
          </li>
          <li>{note.pitch ? <>Sells something: “{note.pitch}”</> : 'Sells nothing.'}</li>
        </ul>
      ) : (
        <p>
          {note.kind === 'empty'
            ? 'There is no note: nothing says why they want to connect.'
            : "It is LinkedIn's default note: it gives no reason."}
        </p>
      )}
      {mutual > 0 && (
        <p class="mi-hint">
          {mutual} mutual connection{mutual > 1 ? 's' : ''}: a good sign, but not a reason. People
          who invite everyone have many too.
        </p>
      )}
    </>
  );
}

/** Lesson 5's flow, walked for this invitation, and the recommended action. */
export function DecisionView(props: {
  recommendation: Recommendation;
  benefit?: BenefitAnswer;
  onBenefit: (benefit: BenefitAnswer) => void;
}) {
  const { verdict, walked, why, asksBenefit } = props.recommendation;
  return (
    <>
      <ol class="mi-flow">
        {walked
          .filter((s) => s.step < 4)
          .map((s) => (
            <li>
              <span class="mi-flow-q">{s.question}</span> <strong>{ANSWER_WORDS[s.answer]}:</strong>{' '}
              {s.because}
            </li>
          ))}
        {asksBenefit && (
          <li>
            <ChoiceGroup
              legend={FLOW_QUESTIONS[4]}
              name="mi-benefit"
              type="radio"
              options={BENEFIT_CHOICES}
              selected={props.benefit ? [props.benefit] : []}
              onToggle={props.onBenefit}
            />
            <p class="mi-hint">
              Could this connection help you both, honestly? Only you can say: think of their work,
              yours, and what they might ask of you.
            </p>
          </li>
        )}
      </ol>
      {verdict ? (
        <div class="mi-verdict">
          <p class="mi-verdict-action">
            Recommended: <strong>{VERDICT_LABELS[verdict]}</strong>
          </p>
          <p>{why}</p>
          <p>
            <a href={sitePath(FLOW_LESSON.href)}>{FLOW_LESSON.title}</a> walks through the same
            flow.
          </p>
        </div>
      ) : (
        <p class="mi-hint">Answer the last question to see what to do.</p>
      )}
    </>
  );
}

/** The reply to start from: editable, with lesson 6's live checklist and a copy button. */
export function ReplyView(props: {
  scenario: Scenario;
  text: string;
  edited: boolean;
  onText: (text: string) => void;
  onRedraft: () => void;
  onCopy: () => void;
}) {
  const { scenario, text } = props;
  const settled = useDebounced(text, 300);
  const live = useMemo(() => gradeReply(scenario, settled), [scenario, settled]);
  const met = live.criteria.filter((c) => c.met).length;
  const applicable = live.criteria.filter((c) => c.met !== null).length;
  return (
    <>
      <p>
        A draft built from your facts: the greeting, what the invitation claimed, the correction, a
        kind way out, and the two questions. Make it yours. Replying does not accept: today LinkedIn
        shows <strong>Reply</strong> or <strong>Message</strong> on the invitation.
      </p>
      <p class="mi-field">
        <label for="mi-reply">Your reply to {scenario.sender.name}</label>
        <textarea
          id="mi-reply"
          class="ex-textarea"
          rows={8}
          maxLength={3000}
          aria-describedby="mi-reply-count"
          value={text}
          onInput={(e) => props.onText((e.currentTarget as HTMLTextAreaElement).value)}
        />
        <span id="mi-reply-count" class="ex-count">
          {countWords(text)} words · {text.length} characters
        </span>
      </p>
      <div class="ex-checklist">
        <p class="ex-checklist-title">
          Checklist as you type: {met} of {applicable}
          {live.passed ? ' (passes)' : ''}
        </p>
        <CriteriaList criteria={live.criteria} names={WRITING_CRITERIA} />
      </div>
      <p class="mi-actions">
        <button type="button" onClick={props.onCopy}>
          Copy the reply
        </button>
        {props.edited && (
          <button type="button" class="secondary" onClick={props.onRedraft}>
            Start again from the draft
          </button>
        )}
      </p>
      <p>
        <a href={sitePath(REPLY_LESSON.href)}>{REPLY_LESSON.title}</a> explains each part.
      </p>
    </>
  );
}

/** Their answer, pasted, and lesson 7's reading of it. */
export function AnswerView(props: {
  answer: string;
  reading: AnswerReading | null;
  onAnswer: (answer: string) => void;
}) {
  const { reading } = props;
  return (
    <>
      <p>
        When they answer your two questions, paste the answer here. The course reads it the way
        lesson 7 does: a real, specific reason, or a thin line.
      </p>
      <p class="mi-field">
        <label for="mi-answer">Their answer</label>
        <textarea
          id="mi-answer"
          class="ex-textarea"
          rows={5}
          maxLength={3000}
          value={props.answer}
          onInput={(e) => props.onAnswer((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </p>
      <button type="submit">Read their answer</button>
      {reading && reading.kind !== 'empty' && (
        <div class={`mi-verdict mi-answer-${reading.kind}`}>
          <p class="mi-verdict-action">
            <strong>{reading.title}</strong>
          </p>
          <p>{reading.advice}</p>
          <p>
            <a href={sitePath(reading.lesson.href)}>{reading.lesson.title}</a> explains how to read
            an answer.
          </p>
        </div>
      )}
    </>
  );
}
