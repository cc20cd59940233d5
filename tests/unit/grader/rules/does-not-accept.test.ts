import { describe, expect, test } from 'vitest';
import { replyMet as met } from '../helpers';

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
