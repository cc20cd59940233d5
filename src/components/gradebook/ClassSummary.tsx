import type { ClassSummary as Summary, Rate } from '~/gradebook/summary';
import type { RedFlag, Verdict } from '~/schemas/scenario';
import { criterionLabel, FLAG_LABELS, VERDICT_LABELS } from '../ui/labels';
import { BarChart, type BarGroup } from './BarChart';

const bars = (rates: Rate[], label: (id: string) => string) =>
  rates.map((r) => ({ label: label(r.id), percent: r.percent, hits: r.hits, total: r.total }));

/** The class summary: headline figures, an SVG bar chart and the same figures as a table. */
export function ClassSummary({ summary: s }: { summary: Summary }) {
  const groups: BarGroup[] = [
    { title: 'Red flags spotted', bars: bars(s.flags, (id) => FLAG_LABELS[id as RedFlag] ?? id) },
    {
      title: 'Right verdict chosen',
      bars: bars(s.verdicts, (id) => VERDICT_LABELS[id as Verdict] ?? id),
    },
    { title: 'Reply criteria met', bars: bars(s.criteria, criterionLabel) },
  ];
  return (
    <section aria-labelledby="gb-summary" class="gb-summary">
      <h2 id="gb-summary">Class summary</h2>
      <ul class="gb-figures">
        <li>
          {s.passed} of {s.students} students passed; average {s.average}%.
        </li>
        <li>
          Red flags spotted: {s.overall.flagsSpotted.percent}% ({s.overall.flagsSpotted.hits} of{' '}
          {s.overall.flagsSpotted.total}).
        </li>
        <li>
          Right verdicts: {s.overall.verdictsCorrect.percent}% ({s.overall.verdictsCorrect.hits} of{' '}
          {s.overall.verdictsCorrect.total}).
        </li>
        <li>
          Reply criteria met: {s.overall.replyCriteriaMet.percent}% (
          {s.overall.replyCriteriaMet.hits} of {s.overall.replyCriteriaMet.total}).
        </li>
      </ul>
      <BarChart
        title="Class summary"
        description="How often the class spotted each red flag, chose each right verdict and met each reply criterion, in percent. The table below gives the same figures."
        groups={groups}
      />
      <div class="table-scroll">
        <table class="gb-summary-table">
          <caption>Class summary as a table</caption>
          <thead>
            <tr>
              <th scope="col">What</th>
              <th scope="col">Rate</th>
              <th scope="col">Times</th>
            </tr>
          </thead>
          {groups.map((g) =>
            g.bars.length ? (
              <tbody>
                <tr>
                  <th scope="colgroup" colSpan={3} class="gb-group">
                    {g.title}
                  </th>
                </tr>
                {g.bars.map((b) => (
                  <tr>
                    <th scope="row">{b.label}</th>
                    <td>{b.percent}%</td>
                    <td>
                      {b.hits} of {b.total}
                    </td>
                  </tr>
                ))}
              </tbody>
            ) : null,
          )}
        </table>
      </div>
    </section>
  );
}
