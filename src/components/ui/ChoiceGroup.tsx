/** Props of a group of radios or checkboxes. */
export interface ChoiceGroupProps<T extends string> {
  legend: string;
  /** The radios' name (checkboxes add their value): unique on the page, so prefix it with the exercise id. */
  name: string;
  type: 'radio' | 'checkbox';
  /** Values and their labels, in the order shown. */
  options: Record<T, string>;
  selected: readonly T[];
  onToggle: (value: T) => void;
  /** Locks every choice (a prediction already revealed). */
  disabled?: boolean;
}

/** `items` with `item` ticked when it was not, unticked when it was (the checkbox's onToggle). */
export const toggle = <T,>(items: readonly T[], item: T): T[] =>
  items.includes(item) ? items.filter((x) => x !== item) : [...items, item];

/** Native radios or checkboxes in a fieldset: arrows, Space and Tab work as browsers make them. */
export function ChoiceGroup<T extends string>(props: ChoiceGroupProps<T>) {
  return (
    <fieldset class="ex-choices" disabled={props.disabled}>
      <legend>{props.legend}</legend>
      {(Object.keys(props.options) as T[]).map((value) => (
        <label class="ex-choice">
          <input
            type={props.type}
            name={props.type == 'radio' ? props.name : `${props.name}-${value}`}
            value={value}
            checked={props.selected.includes(value)}
            onChange={() => props.onToggle(value)}
          />{' '}
          {props.options[value]}
        </label>
      ))}
    </fieldset>
  );
}
