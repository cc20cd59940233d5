import { describe, expect, test } from 'vitest';
import { gradeNote } from '../../../../src/grader/index';
import { NOTE_TARGET as target, noteMet } from '../helpers';

describe('says-how-we-know', () => {
  test.each([
    ['Hello! Great to meet you at the meetup.', true],
    ["We haven't met, but I enjoyed your talk.", true],
    ["We haven't met.", false],
    // Finding someone is not knowing them (shared/GRADING-RULINGS.md).
    ['I came across your profile.', false],
    ['I came across your article on audit sampling.', true],
    ['I walked across town.', false],
    ['Love your design work.', true],
    ['I saw your keynote.', true],
    ['I saw a job ad online.', false],
    ['Connect so we can finally talk.', false],
    ['I enjoyed the talk.', true],
    ['We were on the same team at the Berlin Hack Weekend.', true],
    ['First session free this month.', false],
    ['Big fan of your beats on SoundCloud.', true],
    ["J'ai lu votre enquête sur les transports.", true],
    ['Our DevOps bootcamp seats for your team are half off.', false],
    ['Wir haben uns auf der Hannover Messe gesehen.', true],
    ["J'ai découvert votre travail à l'exposition.", true],
    ['Te conocí en la Feria del Vino.', true],
    ['You never replied to my message in the Agile DACH group.', true],
    ['I was in the audience at your Strata talk.', true],
    ['I use your queue library every day.', true],
    ['Wir haben uns auf der Messe kennengelernt.', true],
  ] as const)('returns %s -> %s', (text, want) => {
    expect(noteMet(text, 'says-how-we-know')).toBe(want);
  });

  test('returns met for having seen the work their headline names', () => {
    const founder = { name: 'Liam Walsh', headline: 'Founder at Pebble Apps' };
    const text = 'I saw Pebble Apps on Product Hunt.';
    expect(gradeNote(founder, text).criteria[1]!.met).toBe(true);
    expect(gradeNote(target, text).criteria[1]!.met).toBe(false);
  });
});
