/**
 * greets-by-name: the draft opens by addressing the other person by name (first name, full name or
 * title + last name; small typos and lowercase are fine). Replies greet the sender, notes the person
 * they invite.
 */
import { findGreeting, greetingOf, type Greeting } from '../names';
import type { Finding, NoteRule, ReplyRule } from './types';

/** Where the greeting was found, or why none counts. */
interface GreetingFinding extends Finding {
  kind: Greeting['kind'] | 'other';
}

const greeted = (name: string) => `You greet ${name} by name (@).`;

/** The sender's name opens the reply (first eight words); "Hi, Omar here" names oneself. */
export const greetsByName: ReplyRule<'greets-by-name', GreetingFinding> = {
  id: 'greets-by-name',
  check({ doc, facts, elsewhere }) {
    if (elsewhere) return { met: false, kind: 'other' };
    const g = greetingOf(doc, facts.sender, facts.self);
    const evidence = g.kind === 'ok' ? g.evidence : undefined;
    return { met: !!evidence, evidence, kind: g.kind };
  },
  feedback: {
    met: (_, { facts }) => greeted(facts.name),
    unmet: ({ kind }, { facts, elsewhere }) =>
      `${kind === 'late' ? 'Move the name to the start. ' : kind === 'self' ? 'You name yourself; greet the sender instead. ' : kind === 'other' ? `You greet ${elsewhere}, but the reply goes to ${facts.name}. ` : ''}Open with "Hello ${facts.name},".`,
  },
};

/** The invited person's name opens the note. */
export const greetsTargetByName: NoteRule<'greets-by-name'> = {
  id: 'greets-by-name',
  check({ doc, target }) {
    const g = findGreeting(doc, target.name);
    return { met: g.kind === 'ok', evidence: g.evidence };
  },
  feedback: {
    met: (_, { name }) => greeted(name),
    unmet: (_, { name }) => `Open with "Hi ${name},".`,
  },
};
