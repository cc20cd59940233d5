import { describe, expect, test } from 'vitest';
import { noteMet } from '../helpers';

describe('no-pitch', () => {
  test.each([
    ['Our software cuts costs by 30%. 15 minutes for a demo?', false],
    ['We help companies like yours.', false],
    ['Grab a free trial.', false],
    ['We can save money together.', false],
    ['Growth was 30% last year.', false],
    ['Des services à -20 % pour les PME.', false],
    ['We help procurement teams automate vendor checks.', false],
    ['First session free this month.', false],
    ['I can fix that for a small monthly fee.', false],
    ['This opportunity lets you earn from home.', false],
    ['My 6-week program could double your savings!', false],
    ['Please join our mentoring program as a mentor.', true],
    ['I SUPPLY LED LIGHTING AT FACTORY PRICES! GET A FREE QUOTE!', false],
    ['I enjoyed your talk on supply audits.', true],
    ['I run a bookkeeping service and save founders 10 hours a week.', false],
    ["I'd love to buy you a coffee to hear how you set it up.", true],
    ['Happy to mock up a new homepage this week, no obligation.', false],
    ["I'd be keen to share how we could support your evaluation.", false],
    ['I help creative studios like yours land corporate clients.', false],
    ['Would be great to show you what we have built.', false],
    ['Creo que tu empresa necesita nuestra consultoría SEO.', false],
    ['Unsere Preise sind unschlagbar.', false],
  ] as const)('returns %s -> %s', (text, want) => {
    expect(noteMet(text, 'no-pitch')).toBe(want);
  });
});
