/** Class figures from regraded rows: what the class spots, decides and writes well or not. */
import type { RedFlag, Scenario, Verdict } from '../schemas/scenario';
import type { StudentRow } from './grade';

/** One bar of the chart: how often something went right. */
export interface Rate {
  /** Criterion id: a flag id, a verdict, or a reply criterion id. */
  id: string;
  hits: number;
  total: number;
  /** hits / total as a whole percentage (0 when total is 0). */
  percent: number;
}

/** The class summary: headline figures and the rates behind them. */
export interface ClassSummary {
  students: number;
  passed: number;
  /** Mean overall percentage (one decimal). */
  average: number;
  /** Each red flag: times spotted out of times it was there to spot. */
  flags: Rate[];
  /** Each right verdict: times chosen out of times it was the right one. */
  verdicts: Rate[];
  /** Each reply criterion: times met out of times it applied. */
  criteria: Rate[];
  /** The three overall rates the summary leads with. */
  overall: { flagsSpotted: Rate; verdictsCorrect: Rate; replyCriteriaMet: Rate };
}

const rate = (id: string, hits: number, total: number): Rate => ({
  id,
  hits,
  total,
  percent: total ? Math.round((hits / total) * 100) : 0,
});

function tally() {
  const m = new Map<string, [number, number]>();
  return {
    add(id: string, hit: boolean) {
      const t = m.get(id) ?? [0, 0];
      m.set(id, [t[0] + (hit ? 1 : 0), t[1] + 1]);
    },
    rates: () => [...m].map(([id, [h, t]]) => rate(id, h, t)),
    sum: (id: string) => {
      let h = 0;
      let t = 0;
      for (const [a, b] of m.values()) {
        h += a;
        t += b;
      }
      return rate(id, h, t);
    },
  };
}

/** Summarises rows; the bank tells which flags and verdict each scenario expects. */
export function summarise(
  rows: readonly StudentRow[],
  bank: ReadonlyMap<string, Scenario>,
): ClassSummary {
  const flags = tally();
  const verdicts = tally();
  const criteria = tally();
  for (const row of rows) {
    for (const item of row.items) {
      const scenario = bank.get(item.scenario);
      if (!scenario) continue;
      if (item.task === 'judge') {
        for (const c of item.result.criteria) {
          if (c.id === 'verdict') verdicts.add(scenario.answer.verdict, c.met === true);
          else if (
            c.id.startsWith('flag:') &&
            scenario.answer.flags.includes(c.id.slice(5) as RedFlag)
          )
            flags.add(c.id.slice(5), c.met === true);
        }
      } else if (item.task === 'reply') {
        for (const c of item.result.criteria) if (c.met !== null) criteria.add(c.id, c.met);
      }
    }
  }
  const order = (list: readonly string[]) => (a: Rate, b: Rate) =>
    list.indexOf(a.id) - list.indexOf(b.id);
  const verdictOrder: readonly Verdict[] = ['accept', 'reply', 'ignore'];
  const byId = (a: Rate, b: Rate) => (a.id < b.id ? -1 : 1);
  return {
    students: rows.length,
    passed: rows.filter((r) => r.passed).length,
    average: rows.length
      ? Math.round((rows.reduce((s, r) => s + r.percent, 0) / rows.length) * 10) / 10
      : 0,
    flags: flags.rates().sort(byId),
    verdicts: verdicts.rates().sort(order(verdictOrder)),
    criteria: criteria.rates(),
    overall: {
      flagsSpotted: flags.sum('flags-spotted'),
      verdictsCorrect: verdicts.sum('verdicts-correct'),
      replyCriteriaMet: criteria.sum('reply-criteria-met'),
    },
  };
}
