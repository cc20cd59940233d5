import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { GradeResult } from '~/grader/types';
import { readDraft, saveDraft, saveDraftSoon } from '~/stores/drafts';
import { MAX_DRAFT_CHARS } from '~/schemas/constants';
import type { WritingText } from '../lesson/islandText';
import { CriteriaList, ExerciseForm, Feedback } from './Exercise';
import { countWords } from './format';
import { useDebounced } from './hooks';
import type { Lazy } from './lazyGrader';
import { useCheck } from './useCheck';

/** Props of an exercise where the learner writes a text that the grader checks. */
export interface WritingExerciseProps<Grader = unknown> {
  /** Progress and drafts are saved under this id, e.g. `reply:betty-same-school`. */
  exerciseId: string;
  /** Prefix for element ids, unique per exercise on the page. */
  idPrefix: string;
  /** The textarea's label. */
  label: string;
  /** Loads the grading function (on the learner's first touch, or at once for a saved draft). */
  loader: Lazy<Grader>;
  /** Grades a text with it; runs as the learner types (debounced) and on Check. */
  grade: (grader: Grader, text: string) => GradeResult;
  /** The criteria's names and the checklist of an empty text, shown until the grader arrives. */
  text: WritingText;
  rows: number;
  /** A length the text must not pass, and where to start warning. */
  limit?: { warnAt: number; max: number };
  /** A model answer, offered after the first check. */
  model?: string;
  /** More to offer in the feedback after a check (a reply's "Another one like this"). */
  after?: ComponentChildren;
}

/**
 * A labelled textarea that autosaves, word and character counts, a live rubric checklist, Check
 * with per-criterion feedback and, after a check, the model answer. Reply and note islands use it.
 * The live checklist starts as `text.initial` (an empty text's) and follows the learner's words
 * once the grader has arrived: it loads on the first touch, or at once when a draft comes back.
 */
export function WritingExercise<Grader>(props: WritingExerciseProps<Grader>) {
  const { exerciseId, idPrefix, limit, model, text: words, grade } = props;
  const [early] = useState(() => typedBeforeHydration(`${idPrefix}-text`));
  const [text, setText] = useState(early);
  const [showModel, setShowModel] = useState(false);
  const typed = useRef(false);
  const { checked, check, announcement, announce, headingRef, grader, prepare, pending } = useCheck(
    exerciseId,
    props.loader,
    grade,
  );

  // The draft loads after hydration, so the first render matches the server's HTML. Text typed
  // into the server-rendered textarea before the island woke up is the learner's latest work: the
  // first render keeps it (hydration would otherwise wipe it), and it wins over the stored draft.
  useEffect(() => {
    const draft = early || readDraft(exerciseId);
    if (early) {
      typed.current = true;
      saveDraftSoon(exerciseId, early);
    }
    setText(draft);
    if (draft) prepare();
  }, [exerciseId, early, prepare]);

  const settled = useDebounced(text, 300);
  const live = useMemo(
    () => (grader ? grade(grader, settled).criteria : words.initial),
    [settled, grader, grade, words.initial],
  );
  const met = live.filter((c) => c.met).length;
  const applicable = live.filter((c) => c.met !== null).length;
  // LinkedIn counts characters as Unicode code points, so an emoji is one character, not two.
  const chars = [...text].length;
  const level = !limit
    ? 0
    : chars > limit.max
      ? 3
      : chars === limit.max
        ? 2
        : chars > limit.warnAt
          ? 1
          : 0;
  const warning =
    limit &&
    [
      '',
      `Over ${limit.warnAt} characters: free accounts may cut your note at ${limit.warnAt}.`,
      `You are at the ${limit.max}-character limit.`,
      `${chars - limit.max} over the ${limit.max}-character limit: LinkedIn would cut your note after "…${cutTail(text, limit.max)}". Shorten it; the checker will not pass a note that would be cut.`,
    ][level];

  // Announce the count of criteria met, not the whole list, and only once the learner types.
  useEffect(() => {
    if (typed.current) announce(`${met} of ${applicable} checklist points met.`);
  }, [met, applicable, announce]);
  useEffect(() => {
    if (typed.current && warning) announce(warning);
  }, [warning, announce]);

  const onInput = (event: Event) => {
    const value = (event.currentTarget as HTMLTextAreaElement).value;
    typed.current = true;
    setText(value);
    saveDraftSoon(exerciseId, value);
  };

  return (
    <ExerciseForm
      onCheck={() => {
        saveDraft(exerciseId, text);
        check(text);
      }}
      onFirstUse={prepare}
      announcement={announcement}
      pending={pending}
      feedback={
        checked && (
          <Feedback
            result={checked.result}
            names={words.names}
            text={checked.answer}
            headingRef={headingRef}
          >
            {model && (
              <>
                <button
                  type="button"
                  class="ex-button secondary"
                  aria-expanded={showModel}
                  aria-controls={`${idPrefix}-model`}
                  onClick={() => setShowModel(!showModel)}
                >
                  {showModel ? 'Hide the model reply' : 'Show a model reply'}
                </button>
                <blockquote id={`${idPrefix}-model`} class="ex-model" hidden={!showModel}>
                  {model}
                </blockquote>
              </>
            )}
            {props.after}
          </Feedback>
        )
      }
    >
      <label class="ex-label" for={`${idPrefix}-text`}>
        {props.label}
      </label>
      <textarea
        id={`${idPrefix}-text`}
        class="ex-textarea"
        rows={props.rows}
        maxLength={MAX_DRAFT_CHARS}
        aria-describedby={`${idPrefix}-count`}
        value={text}
        onInput={onInput}
      />
      <p id={`${idPrefix}-count`} class="ex-count">
        {countWords(text)} words · {chars}
        {limit && ` of ${limit.max}`} characters
        {warning && <strong class={`ex-warn ex-warn-${level}`}> {warning}</strong>}
      </p>
      <div class="ex-checklist">
        <p class="ex-checklist-title">
          Checklist as you type: {met} of {applicable}
        </p>
        <CriteriaList criteria={live} names={words.names} />
      </div>
    </ExerciseForm>
  );
}

/** The last few words before a note would be cut at `max` code points. */
function cutTail(text: string, max: number): string {
  return [...text]
    .slice(Math.max(0, max - 30), max)
    .join('')
    .trimStart();
}

/** What the learner typed into the server-rendered textarea `id` before the island hydrated. */
function typedBeforeHydration(id: string): string {
  if (typeof document === 'undefined') return '';
  const el = document.getElementById(id);
  return el instanceof HTMLTextAreaElement ? el.value : '';
}
