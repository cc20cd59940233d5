import type { Scenario } from '~/schemas/scenario';
import { toggle } from '../ui/ChoiceGroup';
import { LinkField } from '../ui/LinkField';

/**
 * Workshop mode's first screen: an assignment link to use (its scenarios become the choice), the
 * scenarios with Select all / Select none, and Start.
 */
export function Setup(props: {
  bank: readonly Scenario[];
  chosen: string[];
  onChoose: (ids: string[]) => void;
  linkText: string;
  linkError: string;
  linkStatus: string;
  onLinkInput: (text: string) => void;
  onUseLink: () => void;
  onStart: () => void;
}) {
  const { bank, chosen, onChoose } = props;
  return (
    <div class="present-setup">
      <h2>Choose what to show</h2>
      <LinkField
        id="present-link"
        label="Paste an assignment link to show its scenarios (optional)"
        action="Use this assignment"
        value={props.linkText}
        error={props.linkError}
        onInput={props.onLinkInput}
        onUse={props.onUseLink}
      />
      <p role="status" class="present-link-status">
        {props.linkStatus}
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (chosen.length) props.onStart();
        }}
      >
        <p class="present-select">
          <button
            type="button"
            class="ex-button secondary"
            onClick={() => onChoose(bank.map((s) => s.id))}
          >
            Select all
          </button>{' '}
          <button type="button" class="ex-button secondary" onClick={() => onChoose([])}>
            Select none
          </button>
        </p>
        <fieldset class="ex-choices present-list">
          <legend>Scenarios ({chosen.length} chosen)</legend>
          {bank.map((s) => (
            <label class="ex-choice">
              <input
                type="checkbox"
                name={`present-${s.id}`}
                checked={chosen.includes(s.id)}
                onChange={() => onChoose(toggle(chosen, s.id))}
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
