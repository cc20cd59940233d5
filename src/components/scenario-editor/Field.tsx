import type { ComponentChildren } from 'preact';
import type { FieldPath } from '~/own-scenarios/check';

/** The id of a field's control, from its schema path: `answer.reply` → `se-answer-reply`. */
export const fieldId = (path: string) => `se-${path.replaceAll('.', '-')}`;

/** Props every field shares. */
interface FieldBase {
  path: FieldPath;
  label: string;
  hint?: string;
  /** The message shown under the field (only once the field was touched or Save pressed). */
  error?: string;
  onTouch: (path: FieldPath) => void;
}

/** Label, hint and error around a control, with the ids that tie them together. */
function Frame(props: FieldBase & { children: ComponentChildren; extra?: ComponentChildren }) {
  const id = fieldId(props.path);
  return (
    <div class={`se-field${props.error ? ' has-error' : ''}`}>
      <label class="ex-label" for={id}>
        {props.label}
      </label>
      {props.hint && (
        <p id={`${id}-hint`} class="se-hint">
          {props.hint}
        </p>
      )}
      {props.children}
      {props.extra}
      {props.error && (
        <p id={`${id}-error`} class="se-error">
          <span class="visually-hidden">{props.label}: </span>
          {props.error}
        </p>
      )}
    </div>
  );
}

/** The accessibility attributes of a field's control. */
function controlProps(props: FieldBase) {
  const id = fieldId(props.path);
  const described = [props.hint && `${id}-hint`, props.error && `${id}-error`].filter(Boolean);
  return {
    id,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': described.length ? described.join(' ') : undefined,
    onBlur: () => props.onTouch(props.path),
  };
}

/** A one-line text (or number) field. */
export function TextField(
  props: FieldBase & {
    value: string;
    max?: number;
    type?: 'text' | 'number';
    onInput: (value: string) => void;
  },
) {
  return (
    <Frame {...props}>
      <input
        {...controlProps(props)}
        class={`asg-input${props.type === 'number' ? ' asg-number' : ''}`}
        type={props.type ?? 'text'}
        min={props.type === 'number' ? 0 : undefined}
        maxLength={props.type === 'number' ? undefined : props.max}
        autocomplete="off"
        value={props.value}
        onInput={(e) => props.onInput((e.currentTarget as HTMLInputElement).value)}
      />
    </Frame>
  );
}

/** A multi-line field; `counter` shows "n of max characters" live (the note's 300). */
export function TextArea(
  props: FieldBase & {
    value: string;
    rows?: number;
    counter?: number;
    extra?: ComponentChildren;
    onInput: (value: string) => void;
  },
) {
  const id = fieldId(props.path);
  const control = controlProps(props);
  const counted = props.counter
    ? {
        ...control,
        'aria-describedby': [control['aria-describedby'], `${id}-count`].filter(Boolean).join(' '),
      }
    : control;
  return (
    <Frame
      {...props}
      extra={
        <>
          {props.counter !== undefined && (
            <p
              id={`${id}-count`}
              class={`se-count${props.value.length > props.counter ? ' is-over' : ''}`}
            >
              {props.value.length} of {props.counter} characters
            </p>
          )}
          {props.extra}
        </>
      }
    >
      <textarea
        {...counted}
        class="ex-textarea"
        rows={props.rows ?? 3}
        value={props.value}
        onInput={(e) => props.onInput((e.currentTarget as HTMLTextAreaElement).value)}
      />
    </Frame>
  );
}

/** A choice from a list. */
export function SelectField<T extends string>(
  props: FieldBase & {
    value: T;
    options: readonly { value: T; label: string }[];
    onChange: (value: T) => void;
  },
) {
  return (
    <Frame {...props}>
      <select
        {...controlProps(props)}
        value={props.value}
        onChange={(e) => {
          props.onChange((e.currentTarget as HTMLSelectElement).value as T);
          props.onTouch(props.path);
        }}
      >
        {props.options.map((o) => (
          <option value={o.value}>{o.label}</option>
        ))}
      </select>
    </Frame>
  );
}
