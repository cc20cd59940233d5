import { describe, expect, test } from 'vitest';
import { loadBank } from '~/node/bank';
import { firstName } from '~/components/ui/CardView';
import { routeLine } from '~/components/ui/labels';
import type { Scenario } from '~/schemas/scenario';
import { gradeSpot, NOTHING_ELSE, notePhrases, scoreSpot, spotTask } from '~/spot';

const bank = loadBank().scenarios;
const scenario = (id: string) => bank.get(id)!;
const taskOf = (s: Scenario) =>
  spotTask(s, routeLine(firstName(s.sender.name), s.invitation.via, s.invitation.claim));
const texts = (note: string, marks: string[] = []) =>
  notePhrases(note, marks).map(([start, end]) => note.slice(start, end));

describe('notePhrases', () => {
  test('cuts a note into sentences and clauses, punctuation kept with its phrase', () => {
    expect(texts('Hi Priya, good to reconnect with an old Northwind colleague!')).toEqual([
      'Hi Priya,',
      'good to reconnect with an old Northwind colleague!',
    ]);
    expect(texts('Free for 30 days - can I send you a demo link? Thanks.')).toEqual([
      'Free for 30 days -',
      'can I send you a demo link?',
      'Thanks.',
    ]);
  });

  test('keeps a mark that spans two sentences in one phrase', () => {
    const note = 'Quick question: are you hiring this quarter? We place engineers in 14 days.';
    expect(texts(note, [note.slice(0)])).toEqual([note]);
    expect(texts(note, ['are you hiring this quarter? We place'])).toEqual([
      'Quick question:',
      'are you hiring this quarter? We place engineers in 14 days.',
    ]);
  });

  test('does not cut inside brackets', () => {
    expect(texts('You are shortlisted (tax-free, $12,000/month). Reply today.')).toEqual([
      'You are shortlisted (tax-free, $12,000/month).',
      'Reply today.',
    ]);
  });

  test('every note mark in the bank lies within one phrase, and the phrases rebuild the note', () => {
    for (const s of bank.values()) {
      const { note } = s.invitation;
      const phrases = notePhrases(
        note,
        s.answer.marks.map((m) => m.text),
      );
      const rebuilt = phrases
        .map(
          ([start, end], i) => note.slice(start, end) + note.slice(end, phrases[i + 1]?.[0] ?? end),
        )
        .join('');
      expect(rebuilt, s.id).toBe(note);
      for (const mark of s.answer.marks.filter((m) => m.on == 'note')) {
        expect(
          phrases.some(([start, end]) => note.slice(start, end).includes(mark.text!)),
          `${s.id}: ${mark.text}`,
        ).toBe(true);
      }
    }
  });
});

describe('spotTask', () => {
  test('lists the headline, profile facts, route line and note phrases in reading order', () => {
    const task = taskOf(scenario('arjun-wrong-bank'));
    expect(task.parts.map((p) => [p.id, p.text])).toEqual([
      ['headline', 'Relationship Manager at Northwind Bank'],
      ['route', 'Arjun says you were colleagues at Northwind Bank'],
      ['note-0', 'Hi Priya,'],
      ['note-1', 'good to reconnect with an old Northwind colleague!'],
    ]);
    expect(task.targets.map((t) => t.parts)).toEqual([['route'], ['note-1']]);
  });

  test('a profile mark is found on the headline or any profile fact, and shown on the facts', () => {
    const task = taskOf(scenario('kwame-logistics-thin-answer'));
    expect(task.targets[0]!.parts).toEqual(['headline', 'fact-0']);
    expect(task.targets[0]!.shown).toEqual(['fact-0']);
  });

  test('"Show me" draws each flag where the static card draws it', () => {
    const ngozi = taskOf(scenario('ngozi-empty-classmate'));
    expect(ngozi.targets.map((t) => t.shown)).toEqual([['route'], ['no-note']]);
    const arjun = taskOf(scenario('arjun-wrong-bank'));
    expect(arjun.targets.map((t) => t.shown)).toEqual([['route'], ['note-1']]);
  });

  test('a missing-reason flag on the route is found on "No note" too, when there is no note', () => {
    const kwame = taskOf(scenario('kwame-logistics-thin-answer'));
    expect(kwame.targets[1]!.parts).toEqual(['route', 'no-note']);
    const ngozi = taskOf(scenario('ngozi-empty-classmate'));
    expect(ngozi.targets.map((t) => [t.flag, t.parts])).toEqual([
      ['false-classmate', ['route']],
      ['no-reason', ['route', 'no-note']],
    ]);
  });

  test('with neither route line nor note, a route mark is found on "No note"', () => {
    const task = taskOf(scenario('akosua-empty-peer'));
    expect(task.parts.some((p) => p.id == 'route')).toBe(false);
    expect(task.targets.map((t) => t.parts)).toEqual([['no-note']]);
  });

  test('every mark of every scenario can be found on its card', () => {
    for (const s of bank.values()) {
      expect(taskOf(s).targets.length, s.id).toBe(s.answer.marks.length);
    }
  });
});

describe('scoreSpot', () => {
  const task = taskOf(scenario('arjun-wrong-bank'));

  test('counts found and missed flags and false alarms', () => {
    expect(scoreSpot(task, ['route', 'note-0'])).toEqual({
      found: [0],
      missed: [1],
      falseAlarms: ['note-0'],
      passed: false,
    });
  });

  test('passes when every flag is found and nothing else is marked', () => {
    expect(scoreSpot(task, ['note-1', 'route']).passed).toBe(true);
  });

  test('marking everything does not pass', () => {
    expect(
      scoreSpot(
        task,
        task.parts.map((p) => p.id),
      ).passed,
    ).toBe(false);
  });
});

describe('gradeSpot', () => {
  const task = taskOf(scenario('arjun-wrong-bank'));

  test('gives one criterion per flag and one for nothing else, in that order', () => {
    const result = gradeSpot(task, ['route', 'note-1']);
    expect(result.criteria.map((c) => [c.id, c.met])).toEqual([
      ['spot:1', true],
      ['spot:2', true],
      [NOTHING_ELSE, true],
    ]);
    expect(result).toMatchObject({ score: 3, maxScore: 3, passed: true });
    expect(result.criteria[0]!.feedback).toContain(task.targets[0]!.explain);
  });

  test('says where to look again, and names a false alarm without giving the answer away', () => {
    const result = gradeSpot(task, ['headline', 'note-0']);
    expect(result.passed).toBe(false);
    expect(result.criteria[0]!.feedback).toBe('Not marked yet: look again at the route line.');
    expect(result.criteria[1]!.feedback).toBe('Not marked yet: look again at the note.');
    expect(result.criteria[2]!.feedback).toBe(
      'Nothing wrong with the headline, “Hi Priya,”: they are fine as they are.',
    );
    expect(result.score).toBe(0);
  });

  test('an empty answer asks for a mark and earns nothing', () => {
    const result = gradeSpot(task, []);
    expect(result.score).toBe(0);
    expect(result.criteria.at(-1)!.met).toBe(false);
  });
});
