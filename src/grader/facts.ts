/**
 * What the reply rules need to know about a scenario: who sent the invitation, what it claimed,
 * what is true about the learner. Derived from the scenario alone, so it is prepared once per
 * scenario object (a gradebook grades the same scenario thousands of times).
 */
import type { Route, Scenario } from '../schemas/scenario';
import { CLAIMING_ROUTES } from '../schemas/constants';
import { replyWords } from './lexicon';
import { displayFirstName, nameParts } from './names';
import { orgMatcher, type OrgMatcher } from './orgs';
import { words } from './text';
import { set, type WordSet } from './words';

/** The facts of one scenario, as the reply rules read them. */
export interface ReplyFacts {
  route: Route;
  /** True for routes that assert a shared past (colleague, classmate, worked together, friend). */
  claiming: boolean;
  claim: OrgMatcher;
  /** The persona's own schools or employers, for "I studied at NC State". */
  facts: OrgMatcher[];
  /** The persona's schools, employers and groups: "was it at Initech?" asks how you know each other. */
  known: OrgMatcher[];
  /** Words of the persona's own organisations, so "Northeastern University" does not name the claim. */
  ownWords: Set<string>;
  /** Telling words of the invitation's note ("catching", "conference"): quoting them names the claim. */
  noteWords: Set<string>;
  /** The words of the route: naming or negating them addresses its claim. */
  routeWords: WordSet;
  /** The sender's first name as written, and the name parts of the sender and of the learner. */
  name: string;
  sender: string[];
  self: string[];
}

// What each claiming route is about: naming or negating these words addresses its claim.
// Inflections come free: "classmates", "worked", "graduated" match through their stems.
const ROUTE_WORDS: Record<Route, WordSet> = {
  classmate: set(replyWords.classmateRoute),
  colleague: set(replyWords.colleagueRoute),
  'worked-together': set([...replyWords.colleagueRoute, ...replyWords.workedTogetherRoute]),
  friend: set(replyWords.friendRoute),
  other: set(''),
  group: set(replyWords.groupRoute),
  none: set(''),
};

const prepared = /* @__PURE__ */ new WeakMap<Scenario, ReplyFacts>();

/** The facts of `scenario`, prepared on first use. */
export function replyFacts(scenario: Scenario): ReplyFacts {
  let facts = prepared.get(scenario);
  if (!facts) prepared.set(scenario, (facts = prepare(scenario)));
  return facts;
}

/**
 * The names a note gives to a claimed shared past ("dancing at Maya's wedding in Goa" -> Maya
 * Goa): capitalised words after the first of each sentence, less the two people's own names.
 * They stand for the claim when the route names no school or company (a friend invitation).
 */
function noteNames(note: string, people: readonly string[]): string {
  const skip = new Set(people.flatMap((p) => nameParts(p)));
  const found: string[] = [];
  for (const sentence of note.split(/[.!?\n]+/)) {
    const ws = sentence.trim().split(/\s+/).slice(1);
    for (const w of ws) {
      const bare = w.replace(/['’]s$/, '').replace(/[^\p{L}]/gu, '');
      if (/^\p{Lu}/u.test(bare) && !skip.has(bare.toLowerCase())) found.push(bare);
    }
  }
  return found.join(' ');
}

/** A crude stem, so the note's "catching up" is named by "we did not catch up". */
export const stem = (w: string) => (w.length > 5 ? w.replace(/(ing|ed|es|s)$/, '') : w);

// Words any note may hold, which say nothing about the claimed shared past.
const NOTE_FILLER = /* @__PURE__ */ set(replyWords.noteFiller);

function prepare(scenario: Scenario): ReplyFacts {
  const route = scenario.invitation.via;
  const you = scenario.you;
  const own = route === 'classmate' ? you.schools : route === 'friend' ? [] : you.employers;
  const ownWords = new Set(own.flatMap((o) => orgMatcher(o).all));
  const { claim: named, note } = scenario.invitation;
  const claimText =
    named ||
    (CLAIMING_ROUTES.includes(route) ? noteNames(note, [you.name, scenario.sender.name]) : '');
  const claim = orgMatcher(claimText, ownWords);
  const claimWords = new Set(claim.all);
  return {
    route,
    claiming: CLAIMING_ROUTES.includes(route),
    claim,
    facts: own
      .map((o) => orgMatcher(o, claimWords))
      .filter((m) => m.key.length || m.all.length > 1),
    known: [...you.schools, ...you.employers, ...you.groups]
      .filter((o) => o !== scenario.invitation.claim)
      .map((o) => orgMatcher(o))
      .filter((m) => m.key.length),
    ownWords,
    noteWords: new Set(
      CLAIMING_ROUTES.includes(route)
        ? words(note)
            .filter((w) => w.length > 3 && !NOTE_FILLER.has(w))
            .map(stem)
        : [],
    ),
    routeWords: ROUTE_WORDS[route],
    name: displayFirstName(scenario.sender.name),
    sender: nameParts(scenario.sender.name),
    self: nameParts(you.name),
  };
}
