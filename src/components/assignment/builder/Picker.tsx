import type { Invitation, RedFlag, Sender, Verdict } from '~/schemas/scenario';
import { Card } from '../../ui/Card';
import { toggle } from '../../ui/ChoiceGroup';
import { FLAG_LABELS, LEVEL_LABELS, VERDICT_LABELS } from '../../ui/labels';

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

/** The scenarios shown (ticked ones are chosen) and the preview of the focused one. */
export function Picker(props: {
  shown: BuilderScenario[];
  /** The instructor's own scenarios that match the filters (a group of their own). */
  own?: BuilderScenario[];
  chosen: string[];
  onChoose: (chosen: string[]) => void;
  preview: BuilderScenario | undefined;
  onPreview: (id: string) => void;
}) {
  const { shown, chosen, preview } = props;
  const own = props.own ?? [];
  const item = (s: BuilderScenario) => (
    <label class="ex-choice builder-item">
      <input
        type="checkbox"
        name={`builder-scenario-${s.id}`}
        value={s.id}
        checked={chosen.includes(s.id)}
        onChange={() => props.onChoose(toggle(chosen, s.id))}
        onFocus={() => props.onPreview(s.id)}
      />{' '}
      <span>
        {s.title}{' '}
        <span class="builder-meta">
          ({LEVEL_LABELS[s.level]}, {VERDICT_LABELS[s.verdict].toLowerCase()}
          {s.flags.length ? `; ${s.flags.map((f) => FLAG_LABELS[f].toLowerCase()).join(', ')}` : ''}
          )
        </span>
      </span>
    </label>
  );
  return (
    <div class="builder-pick">
      <div class="builder-lists">
        <fieldset class="ex-choices builder-list">
          <legend>
            Scenarios ({shown.length} shown, {chosen.length} chosen)
          </legend>
          {shown.map(item)}
          {shown.length === 0 && <p>No scenario matches these filters.</p>}
        </fieldset>
        {own.length > 0 && (
          <fieldset class="ex-choices builder-list builder-own">
            <legend>Your scenarios ({own.length} shown; they travel inside the link)</legend>
            {own.map(item)}
          </fieldset>
        )}
      </div>
      <section class="builder-preview" aria-label="Preview of the focused scenario">
        <p class="builder-preview-title">Preview</p>
        {preview ? (
          <Card scenario={preview} level={3} />
        ) : (
          <p>Move to a scenario (Tab, or click it) to see its invitation.</p>
        )}
      </section>
    </div>
  );
}
