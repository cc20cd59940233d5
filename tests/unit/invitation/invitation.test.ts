/**
 * The rules of `/my-invitation/` one at a time, on invitations described as a learner would:
 * a description becomes a scenario, its red flags, the flow's recommendation, the draft reply and
 * the reading of the sender's answer.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { gradeNote, gradeReply } from '~/grader';
import {
  claimStatus,
  detectFlags,
  draftReply,
  ANSWER_LESSON,
  FLAG_LESSONS,
  FLOW_LESSON,
  noteKind,
  REPLY_LESSON,
  readAnswer,
  readInvitation,
  recommend,
  THIN_ANSWER_WORDS,
  toScenario,
} from '~/invitation';
import {
  emptyDescription,
  invitationDescriptionSchema,
  type InvitationDescription,
} from '~/schemas/invitation-description';
import { scenarioSchema } from '~/schemas/scenario';

/** A description: Betty claims you studied together at Duke; you studied at NC State. */
function described(change: Partial<InvitationDescription> = {}): InvitationDescription {
  return {
    ...emptyDescription(),
    sender: { name: 'Betty Carter', headline: 'CPA at Carter & Co.', mutualConnections: 2 },
    via: 'classmate',
    claim: 'Duke University',
    note: 'Great to see a fellow Blue Devil here!',
    claimHolds: 'no',
    you: { name: 'Owen', place: 'NC State University' },
    ...change,
  };
}
const flagsOf = (d: InvitationDescription) => detectFlags(toScenario(d));
const HONEST_NOTE =
  'Hello Carlos, we have not met. I read your article on keeping cut flowers cold in transit. We face the same problem exporting roses. May I connect and follow your work?';

describe('invitationDescriptionSchema', () => {
  test('accepts the empty description the page starts from', () => {
    expect(invitationDescriptionSchema.safeParse(emptyDescription()).success).toBe(true);
  });

  test('rejects a note longer than LinkedIn allows and an unknown profile sign', () => {
    expect(
      invitationDescriptionSchema.safeParse(described({ note: 'x'.repeat(301) })).success,
    ).toBe(false);
    const bad = { ...described(), profileSigns: ['looks-shifty'] };
    expect(invitationDescriptionSchema.safeParse(bad).success).toBe(false);
  });
});

describe('toScenario', () => {
  test('returns a valid practice scenario whose key comes from the rules', () => {
    const s = toScenario(described({ benefit: 'yes' }));
    expect(scenarioSchema.parse(s)).toMatchObject({ id: 'my-invitation', pool: 'practice' });
    expect(s.you).toMatchObject({ name: 'Owen', schools: ['NC State University'], knows: [] });
    expect(s.answer).toMatchObject({ verdict: 'reply', flags: ['false-classmate'] });
    expect(s.answer.reply).toBe(draftReply(s));
    expect(s.answer.marks).toEqual([
      expect.objectContaining({ flag: 'false-classmate', on: 'route' }),
    ]);
  });

  test('returns a scenario even before the questions are answered', () => {
    const s = toScenario(emptyDescription());
    expect(scenarioSchema.safeParse(s).success).toBe(true);
    expect(s.invitation.via).toBe('none');
  });

  test('puts the claimed school among yours when you were there, but not with them', () => {
    const s = toScenario(described({ claimHolds: 'place-only' }));
    expect(s.you.schools).toEqual(['Duke University']);
    expect(claimStatus(s)).toBe('place-only');
  });

  test('lists the profile signs you ticked, and your own words, on the card', () => {
    const s = toScenario(
      described({ profileSigns: ['stock-photo'], profileOther: 'Joined last week.' }),
    );
    expect(s.sender.profile).toEqual([
      "The photo looks like a stock image or a model's portrait.",
      'Joined last week.',
    ]);
  });
});

describe('detectFlags', () => {
  test('returns the false claim when the route claims a past you do not share', () => {
    expect(flagsOf(described())).toEqual(['false-classmate']);
    expect(flagsOf(described({ claimHolds: 'place-only' }))).toEqual(['false-classmate']);
    expect(flagsOf(described({ via: 'friend', claim: '', claimHolds: 'no' }))).toEqual([
      'false-friend',
    ]);
  });

  test('returns nothing for someone you know, even with an empty note', () => {
    expect(flagsOf(described({ claimHolds: 'yes', note: '' }))).toEqual([]);
  });

  test('returns no-reason for an empty or default note from a stranger, on any route', () => {
    expect(flagsOf(described({ note: '' }))).toEqual(['false-classmate', 'no-reason']);
    const other = described({
      via: 'other',
      claim: '',
      claimHolds: undefined,
      knowThem: 'no',
      note: "I'd like to add you to my professional network.",
    });
    expect(flagsOf(other)).toEqual(['unexplained-other', 'no-reason']);
  });

  test('returns unexplained-group unless the note says how they know of you and why', () => {
    const group = (note: string) =>
      described({
        via: 'group',
        claim: 'Product Guild',
        claimHolds: undefined,
        knowThem: 'no',
        note,
      });
    expect(flagsOf(group("Hi Elif, I see we're both in Product Guild."))).toEqual([
      'unexplained-group',
    ]);
    expect(
      flagsOf(
        group(
          "Hi Eleanor, we're both in Ocean Plastics Network. Your reply about beach-clean data standards helped our team. We're building a shared dataset and would welcome your view.",
        ),
      ),
    ).toEqual([]);
  });

  test('returns sales-pitch where the grader finds one, with its words marked on the note', () => {
    const d = described({
      note: 'Hi Owen! Teams like yours close 40% more deals with PipeRocket. Free for 30 days - can I send you a demo link?',
    });
    const pitch = gradeNote({ name: 'Owen', headline: '' }, d.note).criteria.find(
      (c) => c.id === 'no-pitch',
    );
    expect(pitch?.met).toBe(false);
    const s = toScenario(d);
    expect(detectFlags(s)).toContain('sales-pitch');
    const mark = s.answer.marks.find((m) => m.flag === 'sales-pitch')!;
    expect(mark.on).toBe('note');
    expect(d.note).toContain(mark.text);
  });

  test('returns suspicious-profile for a ticked sign, and treats a copy of someone you know as false', () => {
    expect(flagsOf(described({ profileSigns: ['new-account'] }))).toContain('suspicious-profile');
    const impostor = described({
      via: 'colleague',
      claim: 'Indus Insurance Brokers',
      claimHolds: 'yes',
      profileSigns: ['copies-someone'],
    });
    expect(flagsOf(impostor)).toEqual(['false-colleague', 'suspicious-profile']);
  });

  test('ignores what the learner notes in their own words', () => {
    expect(flagsOf(described({ profileOther: 'Posts a lot about tax.' }))).toEqual([
      'false-classmate',
    ]);
  });
});

describe('readInvitation', () => {
  test('explains each red flag and names the lesson section that teaches it', () => {
    const { findings } = readInvitation(toScenario(described()));
    expect(findings[0]).toMatchObject({
      flag: 'false-classmate',
      lesson: FLAG_LESSONS['false-classmate'],
    });
    expect(findings[0]!.explain).toBe(
      'The route says you studied together at Duke University, but you never studied there.',
    );
  });

  test('quotes where the note says how they know of you and why they write', () => {
    const s = toScenario(described({ via: 'none', claim: '', knowThem: 'no', note: HONEST_NOTE }));
    const { note } = readInvitation(s);
    expect(note.honest).toBe(true);
    expect(HONEST_NOTE).toContain(note.how);
    expect(HONEST_NOTE).toContain(note.reason);
  });
});

describe('FLAG_LESSONS', () => {
  /** A heading's anchor as the site builds it: "Other, with your email address" -> other-with-... */
  const slug = (heading: string) =>
    heading
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s-]/gu, '')
      .trim()
      .replace(/\s+/g, '-');

  test.each([...Object.values(FLAG_LESSONS), FLOW_LESSON, REPLY_LESSON, ANSWER_LESSON])(
    'points at a lesson section that exists: $href',
    ({ href }) => {
      const [, lesson, anchor] = /^\/lessons\/([^/]+)\/#(.+)$/.exec(href)!;
      const file = `src/content/lessons/${lesson}.mdx`;
      expect(existsSync(file), file).toBe(true);
      const headings = readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => /^#{2,3} /.test(line))
        .map((line) => slug(line.replace(/^#+ /, '')));
      expect(headings).toContain(anchor);
    },
  );
});

describe('noteKind', () => {
  test('returns empty, default or written', () => {
    expect(noteKind('  ')).toBe('empty');
    expect(noteKind('I’d like to join your LinkedIn network.')).toBe('default');
    expect(noteKind('Hey friend! Let’s connect.')).toBe('written');
  });
});

describe('recommend', () => {
  test('returns accept at the first question for someone you know', () => {
    const r = recommend(toScenario(described({ claimHolds: 'yes', note: '' })));
    expect(r).toMatchObject({ verdict: 'accept', asksBenefit: false });
    expect(r.walked.map((s) => [s.step, s.answer])).toEqual([[1, 'yes']]);
  });

  test('returns ignore at the second question for a pitch or a fake profile', () => {
    const fake = recommend(toScenario(described({ profileSigns: ['stock-photo'] })), 'yes');
    expect(fake).toMatchObject({ verdict: 'ignore', asksBenefit: false });
    expect(fake.walked.at(-1)).toMatchObject({ step: 2, answer: 'yes' });
  });

  test('returns accept at the third question for an honest stranger', () => {
    const s = toScenario(described({ via: 'none', claim: '', knowThem: 'no', note: HONEST_NOTE }));
    expect(recommend(s)).toMatchObject({ verdict: 'accept', asksBenefit: false });
  });

  test('waits for the benefit question, then follows the learner’s answer', () => {
    const s = toScenario(described());
    expect(recommend(s)).toMatchObject({ verdict: null, asksBenefit: true, why: '' });
    expect(recommend(s, 'yes').verdict).toBe('reply');
    expect(recommend(s, 'unsure').verdict).toBe('reply');
    expect(recommend(s, 'no').verdict).toBe('ignore');
    expect(recommend(s, 'yes').walked.map((w) => w.answer)).toEqual(['no', 'no', 'no', 'yes']);
  });

  test('explains each step with the invitation’s own facts', () => {
    const [first, , third] = recommend(toScenario(described()), 'yes').walked;
    expect(first!.because).toMatch(/Duke University, but you never studied there/);
    expect(third!.because).toMatch(/false/);
  });
});

describe('draftReply', () => {
  const passes = (d: InvitationDescription) => {
    const s = toScenario(d);
    const draft = draftReply(s);
    const unmet = gradeReply(s, draft).criteria.filter((c) => c.met === false);
    return { draft, unmet: unmet.map((c) => c.id) };
  };

  test('greets, names the claim, corrects it, offers a way out and asks the two questions', () => {
    const { draft, unmet } = passes(described());
    expect(unmet).toEqual([]);
    expect(draft).toBe(
      'Hello Betty, thank you for the invitation. It says we studied together at Duke University. I actually studied at NC State University, not Duke University. Maybe you clicked on the wrong Owen? If not, how do we know each other? And how do you think I can help you?',
    );
  });

  test('greets a titled sender by first name, as the grader reads the name', () => {
    for (const name of ['General Sherman Potter', 'Herr Sherman Potter', 'Dr. Sherman Potter']) {
      const { draft, unmet } = passes(
        described({ sender: { name, headline: 'Retired', mutualConnections: 0 } }),
      );
      expect(draft).toMatch(/^Hello Sherman,/);
      expect(unmet).toEqual([]);
    }
  });

  test('works without your name or your own school', () => {
    const { draft, unmet } = passes(described({ you: { name: '', place: '' } }));
    expect(unmet).toEqual([]);
    expect(draft).toContain('I never studied at Duke University.');
    expect(draft).toContain('Perhaps you have me mixed up with someone else?');
  });

  test('says what is missing on a quiet route, within 40 to 110 words', () => {
    const { draft, unmet } = passes(
      described({ via: 'other', claim: '', claimHolds: undefined, knowThem: 'no', note: '' }),
    );
    expect(unmet).toEqual([]);
    expect(draft).toContain('It came through my email address, but there was no note');
    const words = draft.split(/\s+/).length;
    expect(words).toBeGreaterThanOrEqual(40);
    expect(words).toBeLessThanOrEqual(110);
  });
});

describe('readAnswer', () => {
  test('returns thin, and decline, for one thin line', () => {
    expect(readAnswer("you're into marketing")).toMatchObject({
      kind: 'thin',
      decision: 'decline',
      title: 'This answer is thin.',
    });
  });

  test(`returns thin for fewer than ${THIN_ANSWER_WORDS} words, whatever they say`, () => {
    expect(readAnswer('Let us collaborate on a project!').kind).toBe('thin');
  });

  test('returns pitch, and decline, when the answer sells', () => {
    const r = readAnswer(
      'Hi Grace! I help busy nurses build a second income with our wellness products. Would you like to join my team?',
    );
    expect(r).toMatchObject({ kind: 'pitch', decision: 'decline' });
    expect(r.advice).toContain(r.evidence);
  });

  test('returns real, and accept with caution, for a specific reason', () => {
    const r = readAnswer(
      "Fair question! I read your post in the Guild about pricing experiments for small shops. We are about to run one at Ledgerly, and I'd love to swap notes; I can share our onboarding research in return.",
    );
    expect(r).toMatchObject({ kind: 'real', decision: 'accept-with-caution' });
    expect(r.advice).toMatch(/little less trust/);
  });

  test('returns empty, with no decision, before anything is pasted', () => {
    expect(readAnswer('  ')).toMatchObject({ kind: 'empty', decision: null });
  });
});
