import { MAX_WEIGHT, MIN_WEIGHT, TASKS, type Task } from '~/schemas/assignment';
import { toggle } from '../../ui/ChoiceGroup';

/** The task choices, in words. */
const TASK_LABELS: Record<Task, string> = {
  judge: 'Choose the verdict and tick the red flags (every scenario)',
  reply:
    'Write the reply they would send, or say why not (asked of every scenario; graded where the best verdict is to reply)',
  followup:
    "Decide after the sender's answer (a second part, for the scenarios that have one; the first part is then locked)",
};

/** The builder's settings as the form holds them (numbers as typed). */
export interface SettingsValue {
  title: string;
  passMark: string;
  tasks: Task[];
  weights: Record<Task, string>;
  review: boolean;
}

/** Title, pass mark, tasks with a weight each, and whether students see the review. */
export function Settings({
  value,
  onChange,
}: {
  value: SettingsValue;
  /** Changes the settings as they are at the moment of the change (typing outruns rendering). */
  onChange: (update: (now: SettingsValue) => SettingsValue) => void;
}) {
  const set = (change: (now: SettingsValue) => Partial<SettingsValue>) =>
    onChange((now) => ({ ...now, ...change(now) }));
  return (
    <div class="builder-fields">
      <label class="ex-label" for="builder-title">
        Title
      </label>
      <input
        id="builder-title"
        class="asg-input"
        type="text"
        maxLength={120}
        value={value.title}
        onInput={(e) => {
          const title = (e.currentTarget as HTMLInputElement).value;
          set(() => ({ title }));
        }}
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
        value={value.passMark}
        onInput={(e) => {
          const passMark = (e.currentTarget as HTMLInputElement).value;
          set(() => ({ passMark }));
        }}
      />
      <fieldset class="ex-choices">
        <legend>What students do with each scenario, and how much each question counts</legend>
        {TASKS.map((t) => (
          <div class="builder-task">
            <label class="ex-choice">
              <input
                type="checkbox"
                name={`builder-task-${t}`}
                checked={value.tasks.includes(t)}
                onChange={() => set((now) => ({ tasks: toggle(now.tasks, t) }))}
              />{' '}
              {TASK_LABELS[t]}
            </label>
            <label class="builder-weight">
              Weight{' '}
              <input
                type="number"
                name={`builder-weight-${t}`}
                class="asg-input asg-number"
                min={MIN_WEIGHT}
                max={MAX_WEIGHT}
                step={1}
                disabled={!value.tasks.includes(t)}
                value={value.weights[t]}
                onInput={(e) => {
                  const weight = (e.currentTarget as HTMLInputElement).value;
                  set((now) => ({ weights: { ...now.weights, [t]: weight } }));
                }}
              />
            </label>
          </div>
        ))}
      </fieldset>
      <label class="ex-choice">
        <input
          type="checkbox"
          name="builder-review"
          checked={value.review}
          onChange={() => set((now) => ({ review: !now.review }))}
        />{' '}
        Show each student a review with the model answers when they finish (their score is always
        shown)
      </label>
    </div>
  );
}
