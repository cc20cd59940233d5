import { describe, expect, test } from 'vitest';
import { gradeReply, REPLY_CRITERIA } from '../../../src/grader/index';
import { editDistance } from '../../../src/grader/text';
import { makeScenario, withRoute } from './helpers';

const s = makeScenario();
const met = (text: string, id: string, scenario = s) =>
  gradeReply(scenario, text).criteria.find((c) => c.id === id)!.met;
const model =
  'Hello Lena, your invitation says we went to Boston University together. I actually studied at Northeastern, not BU. Maybe you clicked on the wrong Omar? If not, how do we know each other? And how do you think I can help you?';

describe('gradeReply', () => {
  test('returns the ten criteria in the order of the issue', () => {
    expect(gradeReply(s, model).criteria.map((c) => c.id)).toEqual([...REPLY_CRITERIA]);
  });

  test('returns full marks and passed for a model reply', () => {
    const r = gradeReply(s, model);
    expect(r).toMatchObject({ score: 10, maxScore: 10, passed: true });
  });

  test('returns evidence that is an exact substring of the draft', () => {
    for (const c of gradeReply(s, model).criteria)
      if (c.evidence) expect(model).toContain(c.evidence);
  });

  test('returns nothing met for an empty draft', () => {
    const r = gradeReply(s, '   ');
    expect(r.score).toBe(0);
    expect(r.criteria.find((c) => c.id === 'courteous')!.feedback).toMatch(/Write your reply/);
  });

  test('returns null for corrects-the-claim and graceful-out when the route claims nothing', () => {
    const r = gradeReply(withRoute('none'), model);
    expect(r.maxScore).toBe(8);
    expect(r.criteria.filter((c) => c.met === null).map((c) => c.id)).toEqual([
      'corrects-the-claim',
      'graceful-out',
    ]);
  });

  test('treats a non-string draft as empty instead of throwing', () => {
    expect(gradeReply(s, undefined as unknown as string).score).toBe(0);
  });
});

describe('greets-by-name', () => {
  test.each([
    ['Lena - quick question about your invite', true],
    ['Dear Ms. Park, thank you', true],
    ['hi lenna, thanks', true],
    ['Thank you for your invitation, Lena.', true],
    ['Hello, Omar here. Thanks for the invite.', false],
    ['Hi there, thanks for the invite.', false],
    ['Hi, Lena here. Thanks for the invite.', false],
    ['Thanks for the invite. I have a question for you about it, Lena.', false],
  ])('returns %s -> %s', (text, want) => {
    expect(met(text, 'greets-by-name')).toBe(want);
  });

  test('returns met for a title and a surname in parts, with or without its hyphen', () => {
    const dr = makeScenario({ sender: { name: 'Fatima Al-Sayed', headline: 'Professor' } });
    for (const text of ['Dear Dr. Al-Sayed, thank you.', 'dr alsayed, thanks', 'Dr Sayed, hello'])
      expect(met(text, 'greets-by-name', dr)).toBe(true);
    expect(met('Dear Dr. Haddad, thank you.', 'greets-by-name', dr)).toBe(false);
  });

  test('returns feedback asking to name the sender, not oneself', () => {
    const c = gradeReply(s, 'Hi, Omar here.').criteria[0]!;
    expect(c.feedback).toMatch(/name yourself/);
  });
});

describe('names-the-claim and corrects-the-claim', () => {
  test('returns met for naming and correcting the school', () => {
    expect(met('I went to Northeastern, not BU.', 'names-the-claim')).toBe(true);
    expect(met('I went to Northeastern, not BU.', 'corrects-the-claim')).toBe(true);
  });

  test('returns not met for corrects-the-claim when the draft affirms the claim', () => {
    expect(met('Go Terriers! Great to hear from a fellow BU alum.', 'corrects-the-claim')).toBe(
      false,
    );
  });

  test('returns met for a first-person statement of the true school', () => {
    expect(met('Hi Lena, I studied at Northeastern University.', 'corrects-the-claim')).toBe(true);
  });

  test('returns not met for "Didn\'t we meet at BU?"', () => {
    expect(met("Didn't we meet at BU?", 'corrects-the-claim')).toBe(false);
  });

  test('returns met for "That is incorrect"', () => {
    expect(met('Your invitation is incorrect.', 'corrects-the-claim')).toBe(true);
  });

  test('returns met for a soft correction on the friend route', () => {
    const f = withRoute('friend');
    const text = "I can't place where we've met, forgive me if I've forgotten.";
    expect(met(text, 'corrects-the-claim', f)).toBe(true);
    expect(met(text, 'graceful-out', f)).toBe(true);
    expect(met('Are we friends? I do not think so.', 'corrects-the-claim', f)).toBe(true);
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

  test('returns met for a first-person statement of the true school in other languages', () => {
    const sevilla = makeScenario({
      you: { name: 'Carmen Vidal', schools: ['Universidad de Sevilla'] },
    });
    expect(met('Yo estudié en la Universidad de Sevilla.', 'corrects-the-claim', sevilla)).toBe(
      true,
    );
    const ucsd = makeScenario({ you: { name: 'Daniela Ruiz', schools: ['UC San Diego'] } });
    expect(met('i actually went to ucsd lol', 'corrects-the-claim', ucsd)).toBe(true);
  });

  test('returns met for "we never overlapped" and a claim a few words before the negation', () => {
    const globex = withRoute('colleague', 'Globex');
    expect(met('We never overlapped: I joined in 2021.', 'corrects-the-claim', globex)).toBe(true);
    expect(met('Globex kenne ich allerdings nicht.', 'corrects-the-claim', globex)).toBe(true);
  });

  test('returns met for corrections in French and Portuguese', () => {
    const globex = withRoute('colleague', 'Globex');
    const fr = "Je n'ai jamais travaillé chez Globex, l'entreprise m'est inconnue.";
    expect(met(fr, 'corrects-the-claim', globex)).toBe(true);
    const pt = 'O LinkedIn diz que somos amigos, mas nunca nos conhecemos.';
    expect(met(pt, 'names-the-claim', withRoute('friend'))).toBe(true);
    expect(met(pt, 'corrects-the-claim', withRoute('friend'))).toBe(true);
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

  test('returns an example with the persona facts or without them', () => {
    const noFacts = makeScenario({ you: { name: 'Omar Haddad' } });
    expect(gradeReply(noFacts, 'Hello.').criteria[2]!.feedback).toContain(
      'never at Boston University',
    );
    expect(gradeReply(withRoute('friend'), 'Hello.').criteria[2]!.feedback).toContain("we've met");
  });
});

describe('graceful-out', () => {
  test.each([
    'Maybe you have me mixed up with another Omar?',
    'Perhaps you met my brother there?',
    'Perhaps LinkedIn suggested me.',
    'I think this was a mistake.',
    'You might have clicked the wrong person.',
    'Could it be a slip of the finger?',
    'I think LinkedIn got creative there.',
    'Peut-être avez-vous cliqué sur la mauvaise Omar ?',
    'I think LinkedIn mixed things up.',
    "LinkedIn's suggestions can be odd.",
    'I think you mean my cousin.',
    'u sure u got the right omar?',
    'Perhaps a colleague of mine was involved?',
    'u sure u got the right guy?',
    'You may have mixed me up with a former colleague of yours.',
  ])('returns met for %s', (text) => {
    expect(met(text, 'graceful-out')).toBe(true);
  });

  test('returns met for "the wrong <any part of your name>"', () => {
    const lan = makeScenario({ you: { name: 'Nguyen Thi Lan', schools: ['Hanoi University'] } });
    expect(met('I think you have the wrong Lan.', 'graceful-out', lan)).toBe(true);
  });

  test('returns not met for "maybe you can tell me" and "refresh my memory"', () => {
    expect(met('Maybe you can tell me more.', 'graceful-out')).toBe(false);
    expect(met('Could you refresh my memory about where we met?', 'graceful-out')).toBe(false);
  });
});

describe('asks-how-we-know', () => {
  test.each([
    ['Tell me how we know each other.', true],
    ['Have we met?', true],
    ['Where did we meet?', true],
    ['wondering where we met', true],
    ["what's our connection", true],
    ['Who gave you my email?', true],
    ['Was it through Brightwave, perhaps?', true],
    ["I'm not sure how we know each other. Could you fill me in?", true],
    ['We met at that conference, right?', true],
    ['Refresh my memory.', true],
    ['Where do our paths cross?', true],
    ['¿Nos conocemos de algún lugar?', true],
    ['Mas de onde a gente se conhece?', true],
    ['How did we end up in each other’s orbit?', true],
    ['Which conference was it?', true],
    ['no note on ur invite so how do we know each other', true],
    ['Ci conosciamo?', true],
    ['Appelez-moi pour me dire comment nous nous connaissons.', true],
    ['We haven’t met, have we?', true],
    ["What's our link?", true],
    ['Which cohort did you think I was in?', true],
    ['Where did you come across me?', true],
    ["I don't think we've met. Have we?", true],
    ['Where do you remember me from?', true],
    ["I'd welcome a brief word on how we know each other.", true],
    ["Your note doesn't explain how we know each other.", false],
    ['tbh dont remember the harbor deal but whatever, whats up?', false],
    ['we ever talked before?', true],
    ['Did somebody refer you?', true],
    ['Did a mutual contact give you my email?', true],
    ['Which lab were you in?', true],
    ['¿Hemos coincidido en algún evento?', true],
    ['Nous sommes-nous déjà rencontrés ?', true],
    ['Please note: any robotics PhD is welcome.', false],
    ['Where did we talk?', true],
    ["I'd need to know how we know each other first.", true],
    ["I'd really appreciate knowing how we're connected.", true],
    ["If you'd let me know what you're hoping for, that would help.", false],
    ["Brightwave has never worked with you, so please don't pretend.", false],
    ['No need to tell me how we met.', false],
    ['I never went to BU.', false],
  ])('returns %s -> %s', (text, want) => {
    expect(met(text, 'asks-how-we-know')).toBe(want);
  });
});

describe('asks-how-to-help', () => {
  test.each([
    ['What are you hoping to get out of connecting?', true],
    ['Let me know how I can help.', true],
    ['What can I do for you?', true],
    ['Why would you like to connect?', true],
    ['What made you reach out?', true],
    ["What's this about?", true],
    ["Tell me what you'd like from me.", true],
    ['Tell me what you are after.', true],
    ['Tell me what you have in mind.', true],
    ["What's on your mind?", true],
    ["Let me know if there's anything I can do for you.", true],
    ['Let me know if I can ever help!', false],
    ["What's the context for your invitation?", true],
    ['Why would I connect with a stranger selling investments?', false],
    ['What exactly are you after?', true],
    ["What's the ask?", true],
    ['What would make this connection worthwhile for you?', true],
    ['Could it be you were looking for another Omar?', false],
    ["I'm not looking for advice, but could you tell me how you found me?", false],
    ['whats the reason for connecting?', true],
    ["what's the reason for the add?", true],
    ['And what would a call be about?', true],
    ["I'm happy to share what I know about wind projects.", false],
    ['and whatcha looking for from connecting?', true],
    ["I don't really need to know how we met, just curious what you'd like help with?", true],
    ["No need to tell me how we know each other, just tell me what you're after.", true],
    ['En quoi pourrais-je vous être utile ?', true],
    ['I would welcome hearing how you think I might help.', true],
    ["I'm glad to hear from you, but your note didn't say why you'd like to connect.", false],
    ['Can you help me understand?', false],
    ["I'm always happy to help people in tech.", false],
  ])('returns %s -> %s', (text, want) => {
    expect(met(text, 'asks-how-to-help')).toBe(want);
  });
});

describe('courteous', () => {
  test.each([
    ['Nice try.', false],
    ['This is obviously fake.', false],
    ["Nice, except we've never spoken. Bold move.", false],
    ["Don't waste my time.", false],
    ['Let me guess, you want to sell me solar panels? Hard pass.', false],
    ['STOP ADDING STRANGERS', false],
    ['Please don’t message me again.', true],
    ['I went to NC State, not UCLA MBA.', true],
  ])('returns %s -> %s', (text, want) => {
    expect(met(text, 'courteous')).toBe(want);
  });

  test('returns the offending words as evidence', () => {
    const c = gradeReply(s, 'Lena, nice try and you know it.').criteria.find(
      (x) => x.id === 'courteous',
    )!;
    expect(c.evidence).toBe('nice try');
  });
});

describe('concise', () => {
  test('returns not met under 15 and over 150 words', () => {
    expect(met('Hi Lena, have we met?', 'concise')).toBe(false);
    expect(met('word '.repeat(151), 'concise')).toBe(false);
    expect(met('word '.repeat(20), 'concise')).toBe(true);
    expect(gradeReply(s, 'word '.repeat(151)).criteria[7]!.feedback).toMatch(/trim/);
  });
});

describe('does-not-accept', () => {
  test.each([
    ['Connected! But I do not think we studied together.', false],
    ['Hi Lena, connected!', false],
    ["I've accepted your invitation.", false],
    ['Happy to accept.', false],
    ["Sure, let's connect!", false],
    ['Welcome to my network!', false],
    ['I added you.', false],
    ['Connecting now!', false],
    ["Sure, I'll connect!", false],
    ['Hi Lena — sure thing, connected.', false],
    ['Accepting now!', false],
    ["I'm hesitant to accept it as a friend request.", true],
    ["I'll accept since you're a recruiter and that could be useful.", false],
    ['yo, accepted ur invite 👍 whats up?', false],
    ['accepted it already 😊 but how do we know each other?', false],
    ['Accepted 🙂 Where did we meet?', false],
    ['Accepted ✅ Let me know how I can help.', false],
    ['Once you let me know how we met, I will gladly consider connecting.', true],
    ['I have not accepted yet.', true],
    ['How are we connected?', true],
    ['Please accept my apologies.', true],
    ['I only accept invitations from people I know.', true],
    ["I'd be happy to connect once I know more.", true],
  ])('returns %s -> %s', (text, want) => {
    expect(met(text, 'does-not-accept')).toBe(want);
  });
});

describe('keeps-private', () => {
  test.each([
    ['Email me at omar.h@example.org.', false],
    ['call 555-0100', false],
    ['My cell is +1 (415) 555-0199.', false],
    ["I'm at 12 Oak Lane.", false],
    ['Write to PO Box 44.', false],
    ['We met at 5 Market Square.', false],
    ['Passez au 14 rue Mercière.', false],
    ['Drop by 27 rue des Petites-Écuries.', false],
    ['Our studio is at Via Tortona 27.', false],
    ['Our office is at Industriestraße 14.', false],
    ['I sent 3 via email.', true],
    ['I worked there 2019-2020.', true],
    ['It is a 5 minute drive.', true],
    ['Ping me on LinkedIn @omar.', true],
  ])('returns %s -> %s', (text, want) => {
    expect(met(text, 'keeps-private')).toBe(want);
  });
});

describe('typos', () => {
  test('returns one edit for a swap of neighbouring letters', () => {
    expect(editDistance('siobahn', 'siobhan', 1)).toBe(1);
    expect(editDistance('lena', 'lane', 2)).toBe(2);
    expect(editDistance('omar', 'omra', 0)).toBe(1);
    const sio = makeScenario({ sender: { name: 'Siobhan Kelly', headline: 'Physio' } });
    expect(met('hi siobahn, thanks', 'greets-by-name', sio)).toBe(true);
  });

  test('returns no match for a word that differs in its first letter', () => {
    // "raison" is one edit from "Maison" but no misspelling of it.
    const maison = makeScenario({
      you: { name: 'Élodie Martin', schools: ['Sciences Po'], employers: ['Maison Lumière'] },
      invitation: { via: 'other', claim: '', note: '' },
    });
    expect(met('Pas de raison, non ?', 'asks-how-we-know', maison)).toBe(false);
    expect(met('Was it at Maisonn Lumière?', 'asks-how-we-know', maison)).toBe(true);
  });
});

describe('robustness', () => {
  test('returns a result for words that are Object.prototype keys', () => {
    for (const w of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(gradeReply(s, `Hi Lena, ${w} here.`).criteria).toHaveLength(10);
    }
  });
});
