import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { decodeAssignment } from '~/assignment/link';
import { ownScenariosOf } from '~/assignment/own';
import { $ownScenarioList } from '~/stores/own-scenarios';
import type { Scenario } from '~/schemas/scenario';
import { PersonaLine } from '../quiz/Questions';
import { Card } from '../ui/Card';
import { toggle } from '../ui/ChoiceGroup';
import { FLAG_LABELS, VERDICT_LABELS } from '../ui/labels';
import { LinkField } from '../ui/LinkField';

/** True when a key press belongs to a form field, so slide keys must leave it alone. */
export function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) || el.isContentEditable;
}

/**
 * Island: workshop mode. The instructor picks scenarios (or pastes an assignment link, or arrives
 * with one in the hash) and projects them one at a time in large type. Keys: ArrowRight and
 * ArrowLeft move, R reveals the verdict, the flags marked on the card, the model reply and the
 * why. Full screen through the Fullscreen API on a button. Nothing is recorded.
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
  const [deck, setDeck] = useState<string[] | null>(null);
  const [index, setIndex] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [fullscreen, setFullscreen] = useState(false);
  const stageRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // An assignment link in the hash (from the builder's "Present it") fills the choice.
  useEffect(() => {
    if (!location.hash) return;
    const r = decodeAssignment(location.hash);
    if (!r.ok) return setLinkError(r.message);
    const carried = ownScenariosOf(r.assignment);
    setFromLink(carried);
    setChosen(
      r.assignment.scenarios.filter((id) => courseIds.has(id) || carried.some((s) => s.id === id)),
    );
  }, [courseIds]);

  const move = useCallback(
    (to: number) => {
      if (!deck) return;
      const next = Math.min(Math.max(0, to), deck.length - 1);
      if (next !== index) {
        setIndex(next);
        setRevealed(false);
      }
    },
    [deck, index],
  );

  useEffect(() => {
    if (!deck) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || isTypingTarget(e.target)) return;
      if (e.key === 'ArrowRight') move(index + 1);
      else if (e.key === 'ArrowLeft') move(index - 1);
      else if (e.key === 'r' || e.key === 'R') setRevealed((r) => !r);
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [deck, index, move]);

  useEffect(() => {
    const onChange = () =>
      setFullscreen(document.fullscreenElement === stageRef.current && !!stageRef.current);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  useEffect(() => {
    if (deck) headingRef.current?.focus();
  }, [deck, index, move]);

  const toggleFullscreen = async () => {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else await stageRef.current?.requestFullscreen();
    } catch {
      // Some browsers or frames refuse full screen; the large layout works without it.
    }
  };

  if (!deck) {
    const useLink = () => {
      const r = decodeAssignment(linkText);
      if (!r.ok) return setLinkError(r.message);
      const carried = ownScenariosOf(r.assignment);
      setFromLink(carried);
      const known = r.assignment.scenarios.filter(
        (id) => bankMap.has(id) || carried.some((s) => s.id === id),
      );
      setLinkError(
        known.length ? '' : 'None of the scenarios in this link are in this version of the course.',
      );
      setChosen(known);
    };
    return (
      <div class="present-setup">
        <h2>Choose what to show</h2>
        <LinkField
          id="present-link"
          label="Paste an assignment link (optional)"
          action="Use this link"
          value={linkText}
          error={linkError}
          onInput={setLinkText}
          onUse={useLink}
        />
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (chosen.length) {
              setIndex(0);
              setRevealed(false);
              setDeck(bank.map((s) => s.id).filter((id) => chosen.includes(id)));
            }
          }}
        >
          <fieldset class="ex-choices present-list">
            <legend>Scenarios ({chosen.length} chosen)</legend>
            {bank.map((s) => (
              <label class="ex-choice">
                <input
                  type="checkbox"
                  name={`present-${s.id}`}
                  checked={chosen.includes(s.id)}
                  onChange={() => setChosen(toggle(chosen, s.id))}
                />{' '}
                {s.title}
              </label>
            ))}
          </fieldset>
          <p>
            <button type="submit" class="ex-button" disabled={!chosen.length}>
              Start presenting
            </button>
          </p>
        </form>
      </div>
    );
  }

  const scenario = bankMap.get(deck[index]!)!;
  return (
    <div ref={stageRef} class={`present-stage${fullscreen ? ' is-fullscreen' : ''}`}>
      <div class="present-bar">
        <h2 id="present-title" tabIndex={-1} ref={headingRef}>
          Scenario {index + 1} of {deck.length}
        </h2>
        <p class="present-keys">Keys: → next, ← previous, R reveal.</p>
      </div>
      <div class="present-slide">
        <PersonaLine you={scenario.you} />
        <Card scenario={scenario} level={3} marks={revealed ? scenario.answer.marks : undefined} />
        <p class="present-question">
          What would you do: accept, reply without accepting, or ignore?
        </p>
      </div>
      <div class="present-reveal" aria-live="polite">
        {revealed && (
          <section aria-labelledby="present-answer">
            <h3 id="present-answer">The answer: {VERDICT_LABELS[scenario.answer.verdict]}</h3>
            <p>
              <strong>Red flags:</strong>{' '}
              {scenario.answer.flags.length
                ? scenario.answer.flags.map((f) => FLAG_LABELS[f]).join('; ')
                : 'none'}
            </p>
            {scenario.answer.reply && (
              <>
                <p>
                  <strong>A model reply:</strong>
                </p>
                <blockquote class="ex-model">{scenario.answer.reply}</blockquote>
              </>
            )}
            <p>
              <strong>Why:</strong> {scenario.answer.why}
            </p>
          </section>
        )}
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
          class="ex-button"
          aria-pressed={revealed}
          onClick={() => setRevealed(!revealed)}
        >
          Reveal
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
        <button
          type="button"
          class="ex-button secondary"
          onClick={() => {
            if (document.fullscreenElement) void document.exitFullscreen();
            setDeck(null);
          }}
        >
          Choose again
        </button>
      </p>
    </div>
  );
}
