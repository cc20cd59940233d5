import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { decodeAssignment } from '~/assignment/link';
import { ownScenariosOf } from '~/assignment/own';
import { $ownScenarioList } from '~/stores/own-scenarios';
import type { Scenario } from '~/schemas/scenario';
import { PersonaLine } from '../quiz/Questions';
import { Card } from '../ui/Card';
import { Reveal } from './Reveal';
import { Setup } from './Setup';
import { nextStep, nextStepLabel, revealSteps } from './steps';

/** True when a key press belongs to a form field, so slide keys must leave it alone. */
export function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) || el.isContentEditable;
}

/** Type sizes the stage tries, largest first (see present.css): the first that fits is kept. */
const FIT_LEVELS = ['0', '1', '2', '3'] as const;

/**
 * Shrinks the stage's type one step at a time until the slide fits the window without scrolling
 * (a long model reply beside a card with a long note). The steps keep body text at 24 px or more
 * on a 1080-pixel-high screen (present.css); past the last step the stage scrolls.
 */
function fitToWindow(stage: HTMLElement | null) {
  if (!stage) return;
  for (const level of FIT_LEVELS) {
    stage.dataset.fit = level;
    if (stage.scrollHeight <= stage.clientHeight + 1) return;
  }
}

/**
 * Island: workshop mode. The instructor picks scenarios (or pastes an assignment link, or arrives
 * with one in the hash) and projects them one at a time in a stage that fills the window: the card
 * on the left, the question and then the answer beside it. Keys: ArrowRight and ArrowLeft move; R
 * reveals the next step (the answer; then, where the sender answers the reply, their message; then
 * the decision) and after the last one hides them again. Full screen on a button. Nothing is
 * recorded.
 */
export default function Present({ bank: courseBank }: { bank: Scenario[] }) {
  // Own scenarios: the instructor's saved ones and those an assignment link carries.
  const saved = useStore($ownScenarioList);
  const [fromLink, setFromLink] = useState<Scenario[]>([]);
  const bank = useMemo(() => {
    const own = new Map([...saved, ...fromLink].map((s) => [s.id, s]));
    return [...courseBank.filter((s) => !own.has(s.id)), ...own.values()];
  }, [courseBank, saved, fromLink]);
  const bankMap = useMemo(() => new Map(bank.map((s) => [s.id, s])), [bank]);
  const courseIds = useMemo(() => new Set(courseBank.map((s) => s.id)), [courseBank]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [linkText, setLinkText] = useState('');
  const [linkError, setLinkError] = useState('');
  const [linkStatus, setLinkStatus] = useState('');
  const [deck, setDeck] = useState<string[] | null>(null);
  const [index, setIndex] = useState(0);
  const [step, setStep] = useState(0);
  const [fullscreen, setFullscreen] = useState(false);
  const stageRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const scenario = deck ? bankMap.get(deck[index]!) : undefined;
  const steps = useMemo(() => (scenario ? revealSteps(scenario) : []), [scenario]);

  /** Puts an assignment's scenarios in the choice; returns how many this course knows. */
  const applyAssignment = useCallback(
    (text: string) => {
      const r = decodeAssignment(text);
      if (!r.ok) {
        setLinkError(r.message);
        setLinkStatus('');
        return;
      }
      const carried = ownScenariosOf(r.assignment);
      setFromLink(carried);
      const known = r.assignment.scenarios.filter(
        (id) =>
          courseIds.has(id) || carried.some((s) => s.id === id) || saved.some((s) => s.id === id),
      );
      setLinkError(
        known.length ? '' : 'None of the scenarios in this link are in this version of the course.',
      );
      setLinkStatus(
        known.length
          ? `${known.length} scenario${known.length > 1 ? 's' : ''} chosen from "${r.assignment.title}".`
          : '',
      );
      setChosen(known);
    },
    [courseIds, saved],
  );

  // An assignment link in the hash (from the builder's "Present it") fills the choice.
  useEffect(() => {
    if (location.hash) applyAssignment(location.hash);
  }, [applyAssignment]);

  const move = useCallback(
    (to: number) => {
      if (!deck) return;
      const next = Math.min(Math.max(0, to), deck.length - 1);
      if (next !== index) {
        setIndex(next);
        setStep(0);
      }
    },
    [deck, index],
  );

  const close = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    setDeck(null);
  }, []);

  useEffect(() => {
    if (!deck) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || isTypingTarget(e.target)) return;
      if (e.key === 'ArrowRight') move(index + 1);
      else if (e.key === 'ArrowLeft') move(index - 1);
      else if (e.key === 'r' || e.key === 'R') setStep((s) => nextStep(steps, s));
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [deck, index, move, steps]);

  useEffect(() => {
    const onChange = () => setFullscreen(!!document.fullscreenElement);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  // The stage is a modal dialog over the whole window: the page behind it is inert.
  useEffect(() => {
    const stage = stageRef.current;
    if (deck && stage && !stage.open && typeof stage.showModal === 'function') stage.showModal();
  }, [deck]);

  useEffect(() => {
    if (deck) headingRef.current?.focus();
  }, [deck, index]);

  useLayoutEffect(() => {
    if (!deck) return;
    fitToWindow(stageRef.current);
    const onResize = () => fitToWindow(stageRef.current);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [deck, index, step, fullscreen]);

  const toggleFullscreen = async () => {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else await document.documentElement.requestFullscreen();
    } catch {
      // Some browsers or frames refuse full screen; the stage fills the window without it.
    }
  };

  if (!deck || !scenario) {
    return (
      <Setup
        bank={bank}
        chosen={chosen}
        onChoose={setChosen}
        linkText={linkText}
        linkError={linkError}
        linkStatus={linkStatus}
        onLinkInput={setLinkText}
        onUseLink={() => applyAssignment(linkText)}
        onStart={() => {
          setIndex(0);
          setStep(0);
          setDeck(bank.map((s) => s.id).filter((id) => chosen.includes(id)));
        }}
      />
    );
  }

  const shown = steps[step] ?? 'question';
  return (
    <dialog
      ref={stageRef}
      class={`present-stage${fullscreen ? ' is-fullscreen' : ''}`}
      aria-labelledby="present-title"
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
    >
      <div class="present-bar">
        <h2 id="present-title" tabIndex={-1} ref={headingRef}>
          Scenario {index + 1} of {deck.length}
        </h2>
        <p class="present-keys">
          Keys: → next, ← previous, R reveal
          {steps.length > 2 ? ' (again for the sender’s answer, then the decision)' : ''}, Esc
          close.
        </p>
      </div>
      <div class="present-body">
        <div class="present-slide">
          <PersonaLine you={scenario.you} />
          <Card
            scenario={scenario}
            level={3}
            marks={shown === 'answer' ? scenario.answer.marks : undefined}
          />
        </div>
        <div class="present-reveal" aria-live="polite">
          <Reveal scenario={scenario} step={shown} />
        </div>
      </div>
      <p class="present-controls">
        <button
          type="button"
          class="ex-button secondary"
          disabled={index === 0}
          onClick={() => move(index - 1)}
        >
          Previous
        </button>{' '}
        <button
          type="button"
          class="ex-button present-next-step"
          onClick={() => setStep(nextStep(steps, step))}
        >
          {nextStepLabel(steps, step)}
        </button>{' '}
        <button
          type="button"
          class="ex-button secondary"
          disabled={index === deck.length - 1}
          onClick={() => move(index + 1)}
        >
          Next
        </button>{' '}
        <button
          type="button"
          class="ex-button secondary"
          aria-pressed={fullscreen}
          onClick={toggleFullscreen}
        >
          Full screen
        </button>{' '}
        <button type="button" class="ex-button secondary" onClick={close}>
          Choose again
        </button>
      </p>
    </dialog>
  );
}
