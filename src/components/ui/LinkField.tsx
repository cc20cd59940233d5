import './LinkField.css';

/**
 * A pasted assignment link with its action button and, when the link does not decode, the reason
 * (announced at once). The gradebook and workshop mode both take one.
 */
export function LinkField(props: {
  id: string;
  label: string;
  action: string;
  value: string;
  error: string;
  onInput: (value: string) => void;
  onUse: () => void;
}) {
  return (
    <div class="link-field">
      <label class="ex-label" for={props.id}>
        {props.label}
      </label>
      <input
        id={props.id}
        class="link-field-input"
        type="text"
        value={props.value}
        onInput={(e) => props.onInput((e.currentTarget as HTMLInputElement).value)}
      />
      <button type="button" class="ex-button secondary" onClick={props.onUse}>
        {props.action}
      </button>
      {props.error && (
        <p role="alert" class="link-field-error">
          {props.error}
        </p>
      )}
    </div>
  );
}
