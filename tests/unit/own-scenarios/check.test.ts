import { describe, expect, test } from 'vitest';
import { checkDraft, fieldOf } from '~/own-scenarios/check';
import {
  draftToInput,
  emptyDraft,
  idFromTitle,
  scenarioToDraft,
  withSituation,
  withTitle,
} from '~/own-scenarios/draft';
import { bank, ownScenario } from './fixtures';

const bankIds = new Set(bank.keys());

describe('idFromTitle', () => {
  test('makes a kebab-case id from a title', () => {
    expect(idFromTitle('Zoë, from the "Data Guild"?')).toBe('zoe-from-the-data-guild');
  });
  test('stops following the title once the id was typed', () => {
    const typed = { ...withTitle(emptyDraft(), 'A title'), id: 'mine', idEdited: true };
    expect(withTitle(typed, 'Another').id).toBe('mine');
  });
});

describe('withSituation', () => {
  test('fills the verdict and partial credit from the policy', () => {
    const d = withSituation(emptyDraft(), 'scam');
    expect(d.answer.verdict).toBe('ignore');
    expect(d.answer.partial.map((p) => `${p.verdict}:${p.credit}`)).toEqual([]);
    const slip = withSituation(emptyDraft(), 'likely-slip');
    expect(slip.answer.partial.map((p) => `${p.verdict}:${p.credit}`).sort()).toEqual([
      'accept:0.5',
      'ignore:0.5',
    ]);
  });
});

describe('checkDraft', () => {
  test('accepts a complete scenario and gives it back as the schema reads it', () => {
    const own = ownScenario();
    const r = checkDraft(scenarioToDraft(own), bankIds);
    expect(r.errors).toEqual({});
    expect(r.scenario).toEqual(own);
    expect(r.replyResult?.passed).toBe(true);
  });

  test('a blank form names every required field', () => {
    const r = checkDraft(emptyDraft(), bankIds);
    expect(r.scenario).toBeNull();
    expect(Object.keys(r.errors)).toEqual(
      expect.arrayContaining(['id', 'title', 'you.name', 'sender.name', 'answer.why']),
    );
    expect(r.errors['you.name']).toBe('required');
  });

  test('refuses an id the bank has', () => {
    const d = { ...scenarioToDraft(ownScenario()), id: 'betty-same-school' };
    expect(checkDraft(d, bankIds).errors.id).toMatch(/a scenario of the course has this id/);
  });

  test('states the 40-110 word rule of the model reply', () => {
    const d = scenarioToDraft(ownScenario());
    d.answer.reply = `Hi ${d.sender.name.split(' ')[0]}, how do we know each other?`;
    expect(checkDraft(d, bankIds).errors['answer.reply']).toMatch(
      /40 to 110 words; this one has \d+/,
    );
  });

  test('marks are optional, but with marks every flag needs one', () => {
    const d = scenarioToDraft(ownScenario());
    d.answer.marks = [];
    expect(checkDraft(d, bankIds).errors['answer.marks']).toBeUndefined();
    const one = scenarioToDraft(ownScenario());
    one.answer.marks = one.answer.marks.slice(0, 1);
    if (one.answer.flags.length > 1)
      expect(checkDraft(one, bankIds).errors['answer.marks']).toMatch(/every flag needs one/);
  });

  test('a verdict against the situation is named', () => {
    const d = scenarioToDraft(ownScenario());
    d.answer.verdict = 'accept';
    d.hasFollowUp = false;
    expect(checkDraft(d, bankIds).errors['answer.verdict']).toMatch(
      /best verdict for this situation/,
    );
  });

  test('files deeper problems under their field', () => {
    expect(fieldOf('you.schools.2')).toBe('you.schools');
    expect(fieldOf('answer.marks.1.text')).toBe('answer.marks');
    expect(fieldOf('followUp.why')).toBe('followUp.why');
  });

  test('own scenarios go to the practice pool', () => {
    expect(draftToInput(emptyDraft()).pool).toBe('practice');
  });
});
