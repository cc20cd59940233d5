import { describe, expect, test } from 'vitest';
import { gradeNote, NOTE_CRITERIA } from '../../../src/grader/index';

const target = { name: 'Maria Gonzalez', headline: 'Auditor' };
const met = (text: string, id: string) =>
  gradeNote(target, text).criteria.find((c) => c.id === id)!.met;

describe('gradeNote', () => {
  test('returns the six criteria in order and passes a good note', () => {
    const r = gradeNote(
      target,
      'Hi Maria, I enjoyed your talk on supply audits. I would love to learn how you plan them.',
    );
    expect(r.criteria.map((c) => c.id)).toEqual([...NOTE_CRITERIA]);
    expect(r).toMatchObject({ score: 6, maxScore: 6, passed: true });
  });

  test('returns nothing met for an empty note', () => {
    expect(gradeNote(target, '').score).toBe(0);
    expect(gradeNote(target, 42 as unknown as string).score).toBe(0);
  });

  test.each([
    ['Hello! Great to meet you at the meetup.', 'greets-by-name', false],
    ['Hello! Great to meet you at the meetup.', 'says-how-we-know', true],
    ["We haven't met, but I enjoyed your talk.", 'says-how-we-know', true],
    ["We haven't met.", 'says-how-we-know', false],
    ['I came across your profile.', 'says-how-we-know', true],
    ['I walked across town.', 'says-how-we-know', false],
    ['Love your design work.', 'says-how-we-know', true],
    ["Let's connect.", 'gives-a-reason', false],
    ['Our software cuts costs by 30%. 15 minutes for a demo?', 'gives-a-reason', true],
    ['Our software cuts costs by 30%. 15 minutes for a demo?', 'no-pitch', false],
    ['We help companies like yours.', 'no-pitch', false],
    ['Grab a free trial.', 'no-pitch', false],
    ['We can save money together.', 'no-pitch', false],
    ['Growth was 30% last year.', 'no-pitch', false],
    ['Des services à -20 % pour les PME.', 'no-pitch', false],
    ['I follow your posts on design systems.', 'gives-a-reason', false],
    ["Let's connect so I can send you the supplier list.", 'gives-a-reason', true],
    ['We help procurement teams automate vendor checks.', 'no-pitch', false],
    ['I saw your keynote.', 'says-how-we-know', true],
    ['I saw a job ad online.', 'says-how-we-know', false],
    ['Connect so we can finally talk.', 'says-how-we-know', false],
    ['I enjoyed the talk.', 'says-how-we-know', true],
    ['We were on the same team at the Berlin Hack Weekend.', 'says-how-we-know', true],
    ['First session free this month.', 'says-how-we-know', false],
    ['First session free this month.', 'no-pitch', false],
    ['I can fix that for a small monthly fee.', 'no-pitch', false],
    ['Looking forward to connecting!', 'gives-a-reason', false],
    ['Big fan of your beats on SoundCloud.', 'says-how-we-know', true],
    ["J'ai lu votre enquête sur les transports.", 'says-how-we-know', true],
    ['Our DevOps bootcamp seats for your team are half off.', 'says-how-we-know', false],
    ["I'd love to work with you on our next catalogue.", 'gives-a-reason', true],
    ['This opportunity lets you earn from home.', 'no-pitch', false],
    ['My 6-week program could double your savings!', 'no-pitch', false],
    ['Please join our mentoring program as a mentor.', 'no-pitch', true],
    ['Limited offer ends Friday, do not miss out.', 'courteous', false],
    ['Wir haben uns auf der Hannover Messe gesehen.', 'says-how-we-know', true],
    ['I SUPPLY LED LIGHTING AT FACTORY PRICES! GET A FREE QUOTE!', 'no-pitch', false],
    ['I enjoyed your talk on supply audits.', 'no-pitch', true],
    ['I run a bookkeeping service and save founders 10 hours a week.', 'no-pitch', false],
    ["I'd love to pick your brain about growth.", 'gives-a-reason', true],
    ['Must be nice to be so famous.', 'courteous', false],
    ["I'd love to buy you a coffee to hear how you set it up.", 'no-pitch', true],
    ['Happy to mock up a new homepage this week, no obligation.', 'no-pitch', false],
    ["I'd be keen to share how we could support your evaluation.", 'no-pitch', false],
    ['I help creative studios like yours land corporate clients.', 'no-pitch', false],
    ["J'ai découvert votre travail à l'exposition.", 'says-how-we-know', true],
    ['Te conocí en la Feria del Vino.', 'says-how-we-know', true],
    ['You never replied to my message in the Agile DACH group.', 'says-how-we-know', true],
    ['Would be great to show you what we have built.', 'no-pitch', false],
    ['Creo que tu empresa necesita nuestra consultoría SEO.', 'no-pitch', false],
    ['Why do you keep ignoring me?', 'courteous', false],
    ['I want to talk about your payments team.', 'gives-a-reason', true],
    ["As a GP I'd value following your updates.", 'gives-a-reason', true],
    ['I was in the audience at your Strata talk.', 'says-how-we-know', true],
    ['I use your queue library every day.', 'says-how-we-know', true],
    ['Unsere Preise sind unschlagbar.', 'no-pitch', false],
    ['Your paper was sloppy and frankly embarrassing.', 'courteous', false],
    ['I need a referral ASAP. Please accept and reply today.', 'courteous', false],
    [
      "Since you clearly don't read your messages, maybe you'll notice an invite.",
      'courteous',
      false,
    ],
    ['Not sure why you never answer recruiters.', 'courteous', false],
    ["I'd love to connect and follow your posts.", 'gives-a-reason', true],
    ['Me gustaría conectar para seguir tu trabajo.', 'gives-a-reason', true],
    ['Wir haben uns auf der Messe kennengelernt.', 'says-how-we-know', true],
    ['You ignored my last invite. Accept this one.', 'courteous', false],
    ["I see you accept everyone else's invitations but not mine.", 'courteous', false],
    ['Reply me now.', 'courteous', false],
    ['x'.repeat(301), 'within-limit', false],
    ['😀'.repeat(300) + '', 'within-limit', true],
  ])('returns the hand label for note case %#', (text, id, want) => {
    expect(met(text, id)).toBe(want);
  });

  test('returns met for having seen the work their headline names', () => {
    const founder = { name: 'Liam Walsh', headline: 'Founder at Pebble Apps' };
    const text = 'I saw Pebble Apps on Product Hunt.';
    expect(gradeNote(founder, text).criteria[1]!.met).toBe(true);
    expect(gradeNote(target, text).criteria[1]!.met).toBe(false);
  });

  test('returns a warning above 200 characters', () => {
    const c = gradeNote(target, 'a '.repeat(120)).criteria.find((x) => x.id === 'within-limit')!;
    expect(c.met).toBe(true);
    expect(c.feedback).toMatch(/200/);
  });
});
