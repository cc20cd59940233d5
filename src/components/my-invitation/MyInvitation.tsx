/**
 * Island of `/my-invitation/`: the learner describes a real invitation, one question at a time,
 * then reads it with the course's eyes, walks lesson 5's decision flow, gets a reply to start from
 * and, later, lesson 7's reading of the sender's answer. Everything is computed in the browser by
 * the pure functions of src/invitation/; the store (src/stores/my-invitation.ts) keeps the work in
 * memory and on the device only when the learner asks.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  draftReply,
  readAnswer,
  readInvitation,
  recommend,
  toScenario,
  type AnswerReading,
} from '~/invitation';
import { CLAIMING_ROUTES } from '~/schemas/constants';
import type { InvitationDescription } from '~/schemas/invitation-description';
import {
  $keepMyInvitation,
  $myInvitation,
  forgetMyInvitation,
  keepMyInvitation,
  restoreMyInvitation,
  updateDescription,
  updateMyInvitation,
  type DescriptionChange,
} from '~/stores/my-invitation';
import { VERDICT_LABELS } from '../ui/labels';
import {
  FactsQuestion,
  NoteQuestion,
  ProfileQuestion,
  RouteQuestion,
  SenderQuestion,
  senderWord,
  type QuestionProps,
} from './Questions';
import { AnswerView, DecisionView, ReadingView, ReplyView } from './Results';
import { QUESTION_COUNT, STEPS, type StepId } from './words';

/** The heading of each step, for the invitation described so far. */
function stepTitle(step: StepId, d: InvitationDescription): string {
  const who = senderWord(d);
  switch (step) {
    case 'sender':
      return 'Who sent the invitation?';
    case 'route':
      return `How does ${who} say you know each other?`;
    case 'note':
      return `What does ${who}’s note say?`;
    case 'facts':
      return 'Your own facts';
    case 'profile':
      return `Anything odd on ${who}’s profile?`;
    case 'reading':
      return 'What the course sees';
    case 'decision':
      return 'What to do';
    case 'reply':
      return 'A reply to start from';
    case 'answer':
      return 'After they answer';
  }
}

/** What stops the learner moving on from a step, or '' when nothing does. */
function missing(step: StepId, d: InvitationDescription): string {
  if (step === 'sender' && !d.sender.name.trim()) {
    return 'Enter their name as the invitation shows it: the reply greets them by name.';
  }
  if (step === 'route' && !d.via)
    return 'Choose the route the invitation shows, or “No route shown”.';
  if (step === 'facts') {
    const answered = CLAIMING_ROUTES.includes(d.via ?? 'none') ? d.claimHolds : d.knowThem;
    if (!answered) return 'Choose the answer that is true for you.';
  }
  return '';
}

/** Where the focus goes when a step asks for something: its first field. */
const FIRST_FIELD: Partial<Record<StepId, string>> = {
  sender: '#mi-sender-name',
  route: 'input[name="mi-route"]',
  facts: 'input[name="mi-claim-holds"], input[name="mi-know-them"]',
};

const QUESTIONS: Partial<Record<StepId, (props: QuestionProps) => preact.JSX.Element>> = {
  sender: SenderQuestion,
  route: RouteQuestion,
  note: NoteQuestion,
  facts: FactsQuestion,
  profile: ProfileQuestion,
};

/** Island: the whole page's journey, one step at a time. */
export default function MyInvitation() {
  const work = useStore($myInvitation);
  const keep = useStore($keepMyInvitation);
  const d = work.description;
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState('');
  const [answerReading, setAnswerReading] = useState<AnswerReading | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // The focus moves to a step's heading when the learner moves, not when the page loads.
  const moved = useRef(false);

  const scenario = useMemo(() => toScenario(d), [d]);
  const reading = useMemo(() => readInvitation(scenario), [scenario]);
  const recommendation = useMemo(
    () => recommend(scenario, d.benefit, reading),
    [scenario, d.benefit, reading],
  );
  const draft = useMemo(() => draftReply(scenario), [scenario]);
  const replies = recommendation.verdict === 'reply';
  const steps = STEPS.filter((s) => replies || (s.id !== 'reply' && s.id !== 'answer'));
  const index = Math.max(
    0,
    steps.findIndex((s) => s.id === work.step),
  );
  const step = steps[index]!;

  useEffect(() => {
    if (restoreMyInvitation()) {
      setAnnouncement('Your invitation kept on this device is back.');
    }
  }, []);
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [step.id]);

  const say = (message: string) => setAnnouncement(message);
  const change = (c: DescriptionChange) => {
    setError('');
    updateDescription(c);
  };
  const go = (to: number) => {
    moved.current = true;
    setError('');
    updateMyInvitation({ step: steps[to]!.id });
  };
  const next = () => {
    const problem = missing(step.id, d);
    if (problem) {
      setError(problem);
      say(problem);
      const field = FIRST_FIELD[step.id];
      formRef.current?.querySelector<HTMLElement>(field ?? 'input, textarea')?.focus();
      return;
    }
    if (step.id === 'answer') {
      const r = readAnswer(work.answer);
      setAnswerReading(r);
      say(`${r.title} ${r.advice}`);
      return;
    }
    if (index < steps.length - 1) go(index + 1);
  };
  const copy = async () => {
    const text = work.reply ?? draft;
    try {
      await navigator.clipboard.writeText(text);
      say('Reply copied. Paste it into your reply on LinkedIn.');
    } catch {
      const box = document.getElementById('mi-reply') as HTMLTextAreaElement | null;
      box?.focus();
      box?.select();
      say(
        'The browser did not let the page copy. The reply is selected: press Ctrl+C, or Command+C on a Mac.',
      );
    }
  };
  const forget = () => {
    forgetMyInvitation();
    setAnswerReading(null);
    moved.current = true;
    say('Forgotten: nothing about this invitation is left on this page or this device.');
    // The first step's heading takes the focus even when the learner was already on it.
    headingRef.current?.focus();
  };

  const Question = QUESTIONS[step.id];
  const questionNumber = steps.filter((s) => s.part === 'Describe it').indexOf(step as never) + 1;
  // Counted with the reply's parts until the flow has decided there is no reply to write.
  const decidedNoReply = recommendation.verdict !== null && !replies;
  const parts = [...new Set((decidedNoReply ? steps : STEPS).map((s) => s.part))];
  const partNumber = parts.indexOf(step.part) + 1;
  const isLast = index === steps.length - 1;
  const nextLabel =
    step.id === 'answer'
      ? 'Read their answer'
      : step.id === 'profile'
        ? 'See what the course sees'
        : step.id === 'reading'
          ? 'Decide what to do'
          : step.id === 'decision'
            ? 'Write the reply'
            : step.id === 'reply'
              ? 'When they answer'
              : 'Next';
  const showNext = !isLast || step.id === 'answer';
  const nextHidden = step.id === 'decision' && !replies;

  return (
    <div class="mi">
      <div class="mi-privacy">
        <p>
          <strong>Private.</strong> Nothing is saved unless you tick this box.
        </p>
        <p class="mi-actions">
          <label class="ex-choice mi-keep">
            <input
              type="checkbox"
              checked={keep}
              onChange={(e) => {
                const kept = (e.currentTarget as HTMLInputElement).checked;
                keepMyInvitation(kept);
                say(
                  kept
                    ? 'Kept on this device until you forget it.'
                    : 'Removed from this device. It stays on this page until you close it.',
                );
              }}
            />{' '}
            Keep on this device
          </label>
          <button type="button" class="secondary" onClick={forget}>
            Forget this invitation
          </button>
        </p>
      </div>

      <form
        ref={formRef}
        class="mi-step"
        method="dialog"
        aria-labelledby="mi-step-title"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          next();
        }}
      >
        <p class="mi-part">
          {questionNumber
            ? `Describe it: question ${questionNumber} of ${QUESTION_COUNT}`
            : `Part ${partNumber} of ${parts.length}`}
        </p>
        <h2 id="mi-step-title" tabIndex={-1} ref={headingRef}>
          {stepTitle(step.id, d)}
        </h2>
        {Question && (
          <Question description={d} onChange={change} errorId={error ? 'mi-error' : undefined} />
        )}
        {step.id === 'reading' && <ReadingView scenario={scenario} reading={reading} />}
        {step.id === 'decision' && (
          <DecisionView
            recommendation={recommendation}
            benefit={d.benefit}
            onBenefit={(benefit) => {
              change({ benefit });
              const r = recommend(scenario, benefit);
              if (r.verdict) say(`Recommended: ${VERDICT_LABELS[r.verdict]}. ${r.why}`);
            }}
          />
        )}
        {step.id === 'reply' && (
          <ReplyView
            scenario={scenario}
            text={work.reply ?? draft}
            edited={work.reply !== null && work.reply !== draft}
            onText={(reply) => updateMyInvitation({ reply })}
            onRedraft={() => {
              updateMyInvitation({ reply: null });
              say('The draft is back.');
            }}
            onCopy={() => void copy()}
          />
        )}
        {step.id === 'answer' && (
          <AnswerView
            answer={work.answer}
            reading={answerReading}
            onAnswer={(answer) => {
              setAnswerReading(null);
              updateMyInvitation({ answer });
            }}
          />
        )}
        {error && (
          <p id="mi-error" class="mi-error">
            {error}
          </p>
        )}
        <p class="mi-nav">
          {index > 0 && (
            <button type="button" class="secondary" onClick={() => go(index - 1)}>
              Back
            </button>
          )}
          {showNext && !nextHidden && step.id !== 'answer' && (
            <button type="submit">{nextLabel}</button>
          )}
        </p>
      </form>
      <p role="status" class="visually-hidden">
        {announcement}
      </p>
    </div>
  );
}
