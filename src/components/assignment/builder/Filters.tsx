import { RED_FLAGS, VERDICTS } from '~/schemas/constants';
import { FLAG_LABELS, LEVEL_OPTIONS, VERDICT_LABELS } from '../../ui/labels';

/** The filters as the selects hold them ('' for any). */
export interface FilterValue {
  flag: string;
  verdict: string;
  level: string;
}

/** Red flag, best verdict and level: narrow the list of scenarios. */
export function Filters({
  value,
  onChange,
}: {
  value: FilterValue;
  onChange: (value: FilterValue) => void;
}) {
  const select = (field: keyof FilterValue) => (e: Event) =>
    onChange({ ...value, [field]: (e.currentTarget as HTMLSelectElement).value });
  return (
    <fieldset class="builder-filters">
      <legend>Filter the scenarios</legend>
      <label for="builder-flag">Red flag</label>
      <select id="builder-flag" value={value.flag} onChange={select('flag')}>
        <option value="">Any</option>
        {RED_FLAGS.map((f) => (
          <option value={f}>{FLAG_LABELS[f]}</option>
        ))}
      </select>
      <label for="builder-verdict">Best verdict</label>
      <select id="builder-verdict" value={value.verdict} onChange={select('verdict')}>
        <option value="">Any</option>
        {VERDICTS.map((v) => (
          <option value={v}>{VERDICT_LABELS[v]}</option>
        ))}
      </select>
      <label for="builder-level">Level</label>
      <select id="builder-level" value={value.level} onChange={select('level')}>
        <option value="">Any</option>
        {LEVEL_OPTIONS.map((o) => (
          <option value={o.value}>{o.label}</option>
        ))}
      </select>
    </fieldset>
  );
}
