import { describe, expect, test } from 'vitest';
import { gradeReply } from '../../../../src/grader/index';
import { replyMet as met, withRoute } from '../helpers';

describe('names-the-claim', () => {
  test('returns met for naming the school', () => {
    expect(met('I went to Northeastern, not BU.', 'names-the-claim')).toBe(true);
  });

  test('returns met when a no-claim route is pointed out', () => {
    const g = withRoute('group', 'Product Guild');
    expect(
      met("We share the Product Guild group, but your note doesn't say why.", 'names-the-claim', g),
    ).toBe(true);
    expect(met('Thanks for the blank invite.', 'names-the-claim', withRoute('none'))).toBe(true);
    expect(met("You picked 'Other' when inviting me.", 'names-the-claim', withRoute('other'))).toBe(
      true,
    );
    expect(met('You used the Other option.', 'names-the-claim', withRoute('other'))).toBe(true);
    expect(met('How did you get my email?', 'names-the-claim', withRoute('other'))).toBe(true);
    expect(
      met('Me escribiste por correo electrónico.', 'names-the-claim', withRoute('other')),
    ).toBe(true);
    expect(met('It came with the default note.', 'names-the-claim', withRoute('none'))).toBe(true);
    expect(met('Llegó sin explicar el motivo.', 'names-the-claim', withRoute('none'))).toBe(true);
    expect(met("Please don't message me again.", 'names-the-claim', withRoute('none'))).toBe(false);
    expect(met('Thanks for the friendly note.', 'names-the-claim', withRoute('friend'))).toBe(
      false,
    );
    const none = withRoute('none');
    expect(met("Your message is just LinkedIn's default text.", 'names-the-claim', none)).toBe(
      true,
    );
    expect(met('Solo veo el mensaje estándar.', 'names-the-claim', none)).toBe(true);
    expect(met('I went to Northeastern.', 'names-the-claim')).toBe(false);
    expect(met('I never went to school with you.', 'names-the-claim')).toBe(true);
    expect(met('Hi Lena, how are you?', 'names-the-claim', withRoute('none'))).toBe(false);
  });

  test('returns not met for names-the-claim when a friend reply only denies meeting', () => {
    // Four independent labellers read it so: "I can't place where we've met" corrects the
    // friendship claim without saying what the invitation claimed.
    const f = withRoute('friend');
    expect(met("I can't place where we've met.", 'names-the-claim', f)).toBe(false);
    expect(met('Your invitation says we are friends.', 'names-the-claim', f)).toBe(true);
  });

  test('returns met for a friend claim named in Portuguese', () => {
    const pt = 'O LinkedIn diz que somos amigos, mas nunca nos conhecemos.';
    expect(met(pt, 'names-the-claim', withRoute('friend'))).toBe(true);
  });

  test('returns examples naming the route in the feedback', () => {
    for (const [via, claim, word] of [
      ['colleague', 'Globex', 'worked at Globex'],
      ['worked-together', '', 'worked together'],
      ['friend', '', 'are friends'],
      ['group', 'Product Guild', 'Product Guild'],
    ] as const) {
      const r = gradeReply(withRoute(via, claim), 'Hello.');
      expect(r.criteria[1]!.feedback).toContain(word);
    }
  });
});
