import { useStore } from '@nanostores/preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { checkDraft, FIELD_PATHS, type FieldPath } from '~/own-scenarios/check';
import {
  draftToInput,
  emptyDraft,
  scenarioToDraft,
  withTitle,
  type Draft,
} from '~/own-scenarios/draft';
import { scenarioToYaml, yamlFileName } from '~/own-scenarios/yaml';
import { ROUTES } from '~/schemas/constants';
import type { Scenario } from '~/schemas/scenario';
import { $ownScenarioList, removeOwnScenario, saveOwnScenario } from '~/stores/own-scenarios';
import { downloadText } from '../assignment/download';
import { Card } from '../ui/Card';
import { LEVEL_OPTIONS, ROUTE_LABELS } from '../ui/labels';
import { AnswerFields } from './AnswerFields';
import { fieldId, SelectField, TextArea, TextField } from './Field';

/** Props: the bank's ids, which an own scenario may not take. */
export interface ScenarioEditorProps {
  bankIds: string[];
}

/**
 * Island: write a scenario in the browser. Every field of the scenario format, checked live by
 * the bank's schema and rules (a message under each field once touched), the card previewed as
 * students see it and the model reply graded live. Saved scenarios are kept in this browser
 * (src/stores/own-scenarios.ts), listed below the form with Edit, Download YAML and Delete; a YAML
 * file can be imported back.
 */
export default function ScenarioEditor({ bankIds }: ScenarioEditorProps) {
  const bank = useMemo(() => new Set(bankIds), [bankIds]);
  const own = useStore($ownScenarioList);
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [editing, setEditing] = useState<string | null>(null);
  const [touched, setTouched] = useState<ReadonlySet<FieldPath>>(new Set());
  const [status, setStatus] = useState('');
  const [problems, setProblems] = useState<FieldPath[]>([]);
  const [importError, setImportError] = useState('');
  const problemsRef = useRef<HTMLDivElement>(null);

  const otherIds = useMemo(
    () => new Set(own.map((s) => s.id).filter((id) => id !== editing)),
    [own, editing],
  );
  const check = useMemo(() => checkDraft(draft, bank, otherIds), [draft, bank, otherIds]);
  const touch = (path: FieldPath) => setTouched((t) => (t.has(path) ? t : new Set([...t, path])));
  const errorOf = (path: FieldPath) => (touched.has(path) ? check.errors[path] : undefined);
  const common = (path: FieldPath) => ({ path, error: errorOf(path), onTouch: touch });
  // Every change merges into the draft as it is when the change happens, not as last rendered:
  // fast typing fires several events before the next render.
  const set = (change: Partial<Draft> | ((now: Draft) => Partial<Draft>)) =>
    setDraft((now) => ({ ...now, ...(typeof change === 'function' ? change(now) : change) }));
  const you = (change: Partial<Draft['you']>) => set((now) => ({ you: { ...now.you, ...change } }));
  const sender = (change: Partial<Draft['sender']>) =>
    set((now) => ({ sender: { ...now.sender, ...change } }));
  const invitation = (change: Partial<Draft['invitation']>) =>
    set((now) => ({ invitation: { ...now.invitation, ...change } }));

  const load = (s: Scenario | null) => {
    setDraft(s ? scenarioToDraft(s) : emptyDraft());
    setEditing(s?.id ?? null);
    setTouched(new Set());
    setProblems([]);
  };

  const save = (e: Event) => {
    e.preventDefault();
    setTouched(new Set(FIELD_PATHS));
    if (!check.scenario) {
      const wrong = FIELD_PATHS.filter((p) => check.errors[p]);
      setProblems(wrong);
      setStatus('');
      requestAnimationFrame(() => problemsRef.current?.focus());
      return;
    }
    saveOwnScenario(check.scenario, editing ?? undefined);
    setProblems([]);
    setStatus(
      `Saved "${check.scenario.title}". It is listed under "Your scenarios" in the assignment builder and in workshop mode.`,
    );
    load(null);
  };

  const importFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const { importScenarioYaml } = await import('~/own-scenarios/import');
    const r = importScenarioYaml(await file.text());
    if ('error' in r) {
      setImportError(`${file.name}: ${r.error}`);
      return;
    }
    setImportError('');
    const ownIds = new Set(own.map((s) => s.id));
    const checked = checkDraft(scenarioToDraft(r.scenario), bank, ownIds);
    if (checked.scenario) {
      saveOwnScenario(checked.scenario);
      setStatus(`Imported "${r.scenario.title}" from ${file.name}.`);
    } else {
      load(r.scenario);
      setEditing(null);
      setTouched(new Set(FIELD_PATHS));
      setStatus(`${file.name} is loaded into the form: fix the fields marked, then save it.`);
    }
  };

  // The card as students will see it, built from whatever the fields hold now.
  const input = draftToInput(draft);
  const preview = {
    sender: {
      name: input.sender.name || 'Sender name',
      headline: input.sender.headline ?? '',
      mutualConnections: Number(input.sender.mutualConnections) || 0,
      location: input.sender.location,
      profile: input.sender.profile ?? [],
    },
    invitation: {
      via: draft.invitation.via,
      claim: draft.invitation.claim,
      note: draft.invitation.note,
    },
  };
  const errorList = problems.filter((p) => check.errors[p]);

  return (
    <div class="se">
      <form class="se-form" onSubmit={save} noValidate>
        <h2>{editing ? `Editing "${draft.title || editing}"` : 'A new scenario'}</h2>
        <fieldset class="se-group">
          <legend>The scenario</legend>
          <TextField
            {...common('title')}
            label="Title"
            value={draft.title}
            max={140}
            onInput={(t) => setDraft((now) => withTitle(now, t))}
          />
          <TextField
            {...common('id')}
            label="Id"
            hint="Made from the title; lowercase letters, digits and hyphens. It names the YAML file and appears in results files."
            value={draft.id}
            max={80}
            onInput={(id) => set({ id, idEdited: true })}
          />
          <SelectField
            {...common('level')}
            label="Level"
            value={draft.level}
            options={LEVEL_OPTIONS}
            onChange={(level) => set({ level })}
          />
          <TextField
            {...common('industry')}
            label="Industry (optional)"
            value={draft.industry}
            max={80}
            onInput={(industry) => set({ industry })}
          />
        </fieldset>
        <fieldset class="se-group">
          <legend>Who "you" are</legend>
          <TextField
            {...common('you.name')}
            label="Your name in the scenario"
            value={draft.you.name}
            max={80}
            onInput={(name) => you({ name })}
          />
          <TextArea
            {...common('you.schools')}
            label="Schools you attended (one a line)"
            value={draft.you.schools}
            rows={2}
            onInput={(schools) => you({ schools })}
          />
          <TextArea
            {...common('you.employers')}
            label="Employers, current and past (one a line)"
            value={draft.you.employers}
            rows={2}
            onInput={(employers) => you({ employers })}
          />
          <TextArea
            {...common('you.groups')}
            label="LinkedIn groups (one a line)"
            value={draft.you.groups}
            rows={2}
            onInput={(groups) => you({ groups })}
          />
          <TextArea
            {...common('you.knows')}
            label="People you really know (one a line)"
            value={draft.you.knows}
            rows={2}
            onInput={(knows) => you({ knows })}
          />
        </fieldset>
        <fieldset class="se-group">
          <legend>The sender</legend>
          <TextField
            {...common('sender.name')}
            label="Sender's name"
            value={draft.sender.name}
            max={80}
            onInput={(name) => sender({ name })}
          />
          <TextField
            {...common('sender.headline')}
            label="Headline"
            value={draft.sender.headline}
            max={220}
            onInput={(headline) => sender({ headline })}
          />
          <TextField
            {...common('sender.mutualConnections')}
            label="Mutual connections"
            type="number"
            value={draft.sender.mutualConnections}
            onInput={(mutualConnections) => sender({ mutualConnections })}
          />
          <TextField
            {...common('sender.location')}
            label="Location (optional)"
            value={draft.sender.location}
            max={120}
            onInput={(location) => sender({ location })}
          />
          <TextArea
            {...common('sender.profile')}
            label="Profile facts a careful reader notices (one a line)"
            value={draft.sender.profile}
            rows={2}
            onInput={(profile) => sender({ profile })}
          />
        </fieldset>
        <fieldset class="se-group">
          <legend>The invitation</legend>
          <SelectField
            {...common('invitation.via')}
            label="How they say they know you (the route)"
            value={draft.invitation.via}
            options={ROUTES.map((r) => ({ value: r, label: ROUTE_LABELS[r] }))}
            onChange={(via) => invitation({ via })}
          />
          <TextField
            {...common('invitation.claim')}
            label="The school, company or group the route names (if any)"
            value={draft.invitation.claim}
            max={120}
            onInput={(claim) => invitation({ claim })}
          />
          <TextArea
            {...common('invitation.note')}
            label="The note (empty for none)"
            hint="LinkedIn cuts notes at 300 characters."
            value={draft.invitation.note}
            counter={300}
            onInput={(note) => invitation({ note })}
          />
        </fieldset>
        <AnswerFields
          draft={draft}
          onChange={setDraft}
          errorOf={errorOf}
          onTouch={touch}
          replyResult={check.replyResult}
        />
        <div
          ref={problemsRef}
          tabIndex={-1}
          class="se-problems"
          role={errorList.length ? 'alert' : undefined}
        >
          {errorList.length > 0 && (
            <>
              <p>
                <strong>
                  {errorList.length === 1 ? 'One field needs' : `${errorList.length} fields need`}{' '}
                  attention:
                </strong>
              </p>
              <ul>
                {errorList.map((p) => (
                  <li>
                    <a href={`#${fieldId(p)}`}>{p}</a>: {check.errors[p]}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
        <p class="qz-actions">
          <button type="submit" class="ex-button">
            {editing ? 'Save changes' : 'Save the scenario'}
          </button>{' '}
          {editing && (
            <button type="button" class="ex-button secondary" onClick={() => load(null)}>
              Cancel editing
            </button>
          )}
        </p>
        <p role="status" class="se-status">
          {status}
        </p>
      </form>
      <section class="se-preview" aria-labelledby="se-preview-title">
        <h2 id="se-preview-title">How students will see it</h2>
        <Card scenario={preview} level={3} />
      </section>
      <section class="se-own" aria-labelledby="se-own-title">
        <h2 id="se-own-title">Your scenarios ({own.length})</h2>
        {own.length === 0 ? (
          <p>None yet. They are kept in this browser only: download each as YAML to keep a copy.</p>
        ) : (
          <ul class="se-own-list">
            {own.map((s) => (
              <li>
                <strong>{s.title}</strong> <span class="builder-meta">({s.id})</span>{' '}
                <button type="button" class="ex-button secondary" onClick={() => load(s)}>
                  Edit<span class="visually-hidden"> {s.title}</span>
                </button>{' '}
                <button
                  type="button"
                  class="ex-button secondary"
                  onClick={() =>
                    downloadText(yamlFileName(s), scenarioToYaml(s), 'application/yaml')
                  }
                >
                  Download YAML<span class="visually-hidden"> of {s.title}</span>
                </button>{' '}
                <button
                  type="button"
                  class="ex-button secondary"
                  onClick={() => {
                    if (confirm(`Delete "${s.title}" from this browser?`)) removeOwnScenario(s.id);
                  }}
                >
                  Delete<span class="visually-hidden"> {s.title}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <label class="ex-label" for="se-import">
          Import a scenario YAML file
        </label>
        <input
          id="se-import"
          type="file"
          accept=".yaml,.yml,application/yaml,text/yaml"
          aria-describedby={importError ? 'se-import-error' : undefined}
          onChange={(e) => void importFile(e)}
        />
        {importError && (
          <p id="se-import-error" role="alert" class="se-error">
            {importError}
          </p>
        )}
      </section>
    </div>
  );
}
