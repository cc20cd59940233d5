import { useMemo, useState } from 'preact/hooks';
import { assignmentUrl } from '~/assignment/link';
import { MAX_ASSIGNMENT_SCENARIOS, TASKS, type Task } from '~/schemas/assignment';
import { RED_FLAGS, VERDICTS } from '~/schemas/constants';
import type { Invitation, RedFlag, Scenario, Sender, Verdict } from '~/schemas/scenario';
import { Card } from '../ui/Card';
import { toggle } from '../ui/ChoiceGroup';
import { FLAG_LABELS, VERDICT_LABELS } from '../ui/labels';
import { QrCode } from './QrCode';

/** What the builder needs to know of a scenario: enough to filter it and preview its card. */
export interface BuilderScenario {
  id: string;
  title: string;
  level: 1 | 2 | 3;
  verdict: Verdict;
  flags: RedFlag[];
  hasReply: boolean;
  hasFollowUp: boolean;
  sender: Sender;
  invitation: Invitation;
}

/** The part of a bank scenario the builder receives as props. */
export function toBuilderScenario(s: Scenario): BuilderScenario {
  return {
    id: s.id,
    title: s.title,
    level: s.level,
    verdict: s.answer.verdict,
    flags: s.answer.flags,
    hasReply: !!s.answer.reply,
    hasFollowUp: !!s.followUp,
    sender: s.sender,
    invitation: s.invitation,
  };
}

/** The task choices, in words. */
const TASK_LABELS: Record<Task, string> = {
  judge: 'Choose the verdict and tick the red flags (every scenario)',
  reply: 'Write a clarifying reply (where the best verdict is to reply)',
  followup: "Decide after the sender's answer (where the scenario has one)",
};

const LEVELS = { 1: 'easy', 2: 'medium', 3: 'hard' } as const;

/**
 * Island: the assignment builder. A title, a pass mark, the tasks, and scenarios ticked from the
 * bank (filtered by flag, verdict and level; the focused scenario's card is previewed). "Create
 * link" validates with the schema and gives the link, a QR code and links to try it.
 */
export default function Builder({ bank }: { bank: BuilderScenario[] }) {
  const [title, setTitle] = useState('');
  const [passMark, setPassMark] = useState('80');
  const [tasks, setTasks] = useState<Task[]>(['judge', 'reply']);
  const [chosen, setChosen] = useState<string[]>([]);
  const [flag, setFlag] = useState('');
  const [verdict, setVerdict] = useState('');
  const [level, setLevel] = useState('');
  const [previewId, setPreviewId] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [link, setLink] = useState('');
  const [copied, setCopied] = useState('');

  const shown = useMemo(
    () =>
      bank.filter(
        (s) =>
          (!flag || s.flags.includes(flag as RedFlag)) &&
          (!verdict || s.verdict === verdict) &&
          (!level || String(s.level) === level),
      ),
    [bank, flag, verdict, level],
  );
  const preview = bank.find((s) => s.id === previewId);

  const create = (e: Event) => {
    e.preventDefault();
    const problems: string[] = [];
    const mark = Number(passMark);
    if (!title.trim()) problems.push('Give the assignment a title.');
    if (!Number.isInteger(mark) || mark < 0 || mark > 100)
      problems.push('The pass mark must be a whole number from 0 to 100.');
    if (!chosen.length) problems.push('Tick at least one scenario.');
    if (chosen.length > MAX_ASSIGNMENT_SCENARIOS)
      problems.push(`Choose at most ${MAX_ASSIGNMENT_SCENARIOS} scenarios.`);
    if (!tasks.length) problems.push('Choose at least one task.');
    setErrors(problems);
    setCopied('');
    if (problems.length) {
      setLink('');
      return;
    }
    // Keep the bank's order: students meet the scenarios as the instructor sees them listed.
    const scenarios = bank.map((s) => s.id).filter((id) => chosen.includes(id));
    setLink(
      assignmentUrl(location.origin, {
        v: 1,
        title: title.trim().slice(0, 120),
        passMark: mark,
        scenarios,
        tasks: TASKS.filter((t) => tasks.includes(t)),
      }),
    );
    requestAnimationFrame(() => document.getElementById('builder-result')?.focus());
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('Link copied.');
    } catch {
      setCopied('Copying is not allowed here: select the link and copy it yourself.');
    }
  };

  return (
    <form class="builder" onSubmit={create} noValidate>
      <div class="builder-fields">
        <label class="ex-label" for="builder-title">
          Title
        </label>
        <input
          id="builder-title"
          class="asg-input"
          type="text"
          maxLength={120}
          value={title}
          onInput={(e) => setTitle((e.currentTarget as HTMLInputElement).value)}
        />
        <label class="ex-label" for="builder-pass">
          Pass mark (%)
        </label>
        <input
          id="builder-pass"
          class="asg-input asg-number"
          type="number"
          min={0}
          max={100}
          step={1}
          value={passMark}
          onInput={(e) => setPassMark((e.currentTarget as HTMLInputElement).value)}
        />
        <fieldset class="ex-choices">
          <legend>What students do with each scenario</legend>
          {TASKS.map((t) => (
            <label class="ex-choice">
              <input
                type="checkbox"
                name={`builder-task-${t}`}
                checked={tasks.includes(t)}
                onChange={() => setTasks(toggle(tasks, t))}
              />{' '}
              {TASK_LABELS[t]}
            </label>
          ))}
        </fieldset>
      </div>

      <fieldset class="builder-filters">
        <legend>Filter the scenarios</legend>
        <label for="builder-flag">Red flag</label>
        <select
          id="builder-flag"
          value={flag}
          onChange={(e) => setFlag((e.currentTarget as HTMLSelectElement).value)}
        >
          <option value="">Any</option>
          {RED_FLAGS.map((f) => (
            <option value={f}>{FLAG_LABELS[f]}</option>
          ))}
        </select>
        <label for="builder-verdict">Best verdict</label>
        <select
          id="builder-verdict"
          value={verdict}
          onChange={(e) => setVerdict((e.currentTarget as HTMLSelectElement).value)}
        >
          <option value="">Any</option>
          {VERDICTS.map((v) => (
            <option value={v}>{VERDICT_LABELS[v]}</option>
          ))}
        </select>
        <label for="builder-level">Level</label>
        <select
          id="builder-level"
          value={level}
          onChange={(e) => setLevel((e.currentTarget as HTMLSelectElement).value)}
        >
          <option value="">Any</option>
          <option value="1">Easy</option>
          <option value="2">Medium</option>
          <option value="3">Hard</option>
        </select>
      </fieldset>

      <div class="builder-pick">
        <fieldset class="ex-choices builder-list">
          <legend>
            Scenarios ({shown.length} shown, {chosen.length} chosen)
          </legend>
          {shown.map((s) => (
            <label class="ex-choice builder-item">
              <input
                type="checkbox"
                name={`builder-scenario-${s.id}`}
                value={s.id}
                checked={chosen.includes(s.id)}
                onChange={() => setChosen(toggle(chosen, s.id))}
                onFocus={() => setPreviewId(s.id)}
              />{' '}
              <span>
                {s.title}{' '}
                <span class="builder-meta">
                  ({LEVELS[s.level]}, {VERDICT_LABELS[s.verdict].toLowerCase()}
                  {s.flags.length
                    ? `; ${s.flags.map((f) => FLAG_LABELS[f].toLowerCase()).join(', ')}`
                    : ''}
                  )
                </span>
              </span>
            </label>
          ))}
          {shown.length === 0 && <p>No scenario matches these filters.</p>}
        </fieldset>
        <section class="builder-preview" aria-label="Preview of the focused scenario">
          <p class="builder-preview-title">Preview</p>
          {preview ? (
            <Card scenario={preview} level={3} />
          ) : (
            <p>Move to a scenario (Tab, or click it) to see its invitation.</p>
          )}
        </section>
      </div>

      {errors.length > 0 && (
        <ul class="builder-errors" role="alert">
          {errors.map((e) => (
            <li>{e}</li>
          ))}
        </ul>
      )}
      <p>
        <button type="submit" class="ex-button">
          Create link
        </button>
      </p>

      {link && (
        <section
          id="builder-result"
          class="builder-result"
          tabIndex={-1}
          aria-labelledby="builder-result-title"
        >
          <h2 id="builder-result-title">Your assignment link</h2>
          <label class="ex-label" for="builder-link">
            Link for students
          </label>
          <input
            id="builder-link"
            class="asg-input builder-link"
            type="text"
            readOnly
            value={link}
            onFocus={(e) => (e.currentTarget as HTMLInputElement).select()}
          />
          <p class="qz-actions">
            <button type="button" class="ex-button secondary" onClick={copy}>
              Copy the link
            </button>{' '}
            <a href={link} target="_blank" rel="noopener">
              Open it as a student
            </a>{' '}
            <a href={`/instructor/present/${link.slice(link.indexOf('#'))}`}>
              Present it in workshop mode
            </a>
          </p>
          <p role="status">{copied}</p>
          <QrCode text={link} label={`QR code of the link to "${title.trim()}"`} />
          <p class="builder-note">
            The assignment lives entirely in this link: nothing is stored on a server. Keep the link
            to grade the results files in the <a href="/instructor/gradebook/">gradebook</a>.
          </p>
        </section>
      )}
    </form>
  );
}
