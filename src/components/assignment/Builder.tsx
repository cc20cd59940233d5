import { useStore } from '@nanostores/preact';
import { useMemo, useState } from 'preact/hooks';
import { assignmentUrlWithOwn } from '~/own-scenarios/link-size';
import { $ownScenarioList } from '~/stores/own-scenarios';
import {
  DEFAULT_WEIGHTS,
  MAX_ASSIGNMENT_SCENARIOS,
  MAX_WEIGHT,
  MIN_WEIGHT,
  TASKS,
  type Weights,
} from '~/schemas/assignment';
import type { RedFlag, Scenario } from '~/schemas/scenario';
import { Filters, type FilterValue } from './builder/Filters';
import { Picker, type BuilderScenario } from './builder/Picker';
import { Result } from './builder/Result';
import { Settings, type SettingsValue } from './builder/Settings';
import { sitePath } from '../ui/sitePath';

export type { BuilderScenario } from './builder/Picker';

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

const START: SettingsValue = {
  title: '',
  passMark: '80',
  tasks: ['judge', 'reply'],
  weights: { judge: '1', reply: '1', followup: '1' },
  review: true,
};

/** What is wrong with the settings and the choice, in words; empty when a link can be made. */
export function builderProblems(settings: SettingsValue, chosen: readonly string[]): string[] {
  const problems: string[] = [];
  const mark = Number(settings.passMark);
  if (!settings.title.trim()) problems.push('Give the assignment a title.');
  if (!Number.isInteger(mark) || mark < 0 || mark > 100)
    problems.push('The pass mark must be a whole number from 0 to 100.');
  if (!chosen.length) problems.push('Tick at least one scenario.');
  if (chosen.length > MAX_ASSIGNMENT_SCENARIOS)
    problems.push(`Choose at most ${MAX_ASSIGNMENT_SCENARIOS} scenarios.`);
  if (!settings.tasks.length) problems.push('Choose at least one task.');
  for (const t of settings.tasks) {
    const w = Number(settings.weights[t]);
    if (!Number.isInteger(w) || w < MIN_WEIGHT || w > MAX_WEIGHT)
      problems.push(`Each weight must be a whole number from ${MIN_WEIGHT} to ${MAX_WEIGHT}.`);
  }
  return [...new Set(problems)];
}

/**
 * Island: the assignment builder. A title, a pass mark, the tasks with a weight each, whether
 * students see the review, and scenarios ticked from the bank (filtered by flag, verdict and
 * level; the focused scenario's card is previewed). "Create link" validates with the schema and
 * gives the link, a QR code and links to try it.
 */
export default function Builder({ bank }: { bank: BuilderScenario[] }) {
  const [settings, setSettings] = useState<SettingsValue>(START);
  const [chosen, setChosen] = useState<string[]>([]);
  const [filters, setFilters] = useState<FilterValue>({ flag: '', verdict: '', level: '' });
  const [previewId, setPreviewId] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [link, setLink] = useState('');
  // The instructor's own scenarios (written on /instructor/scenarios/, kept in this browser).
  const ownFull = useStore($ownScenarioList);
  const own = useMemo(() => ownFull.map(toBuilderScenario), [ownFull]);

  const matches = useMemo(
    () => (s: BuilderScenario) =>
      (!filters.flag || s.flags.includes(filters.flag as RedFlag)) &&
      (!filters.verdict || s.verdict === filters.verdict) &&
      (!filters.level || String(s.level) === filters.level),
    [filters],
  );
  const shown = useMemo(() => bank.filter(matches), [bank, matches]);
  const ownShown = useMemo(() => own.filter(matches), [own, matches]);
  const preview = [...bank, ...own].find((s) => s.id === previewId);

  const create = (e: Event) => {
    e.preventDefault();
    const problems = builderProblems(settings, chosen);
    setErrors(problems);
    if (problems.length) {
      setLink('');
      return;
    }
    // Keep the bank's order: students meet the scenarios as the instructor sees them listed.
    const scenarios = [...bank, ...own].map((s) => s.id).filter((id) => chosen.includes(id));
    const weights = Object.fromEntries(
      TASKS.map((t) => [
        t,
        settings.tasks.includes(t) ? Number(settings.weights[t]) : DEFAULT_WEIGHTS[t],
      ]),
    ) as unknown as Weights;
    setLink(
      assignmentUrlWithOwn(
        new URL(sitePath('/'), location.origin).href,
        {
          v: 2,
          title: settings.title.trim().slice(0, 120),
          passMark: Number(settings.passMark),
          scenarios,
          tasks: TASKS.filter((t) => settings.tasks.includes(t)),
          weights,
          review: settings.review,
        },
        ownFull,
      ),
    );
    requestAnimationFrame(() => document.getElementById('builder-result')?.focus());
  };

  return (
    <form class="builder" onSubmit={create} noValidate>
      <Settings value={settings} onChange={setSettings} />
      <Filters value={filters} onChange={setFilters} />
      <Picker
        shown={shown}
        own={ownShown}
        chosen={chosen}
        onChoose={setChosen}
        preview={preview}
        onPreview={setPreviewId}
      />
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
      {link && <Result key={link} link={link} title={settings.title} />}
    </form>
  );
}
