/**
 * Grading a clarifying reply: the ten criteria of the course, each judged from what the scenario
 * knows (who sent it, what the invitation claimed, what is true about the learner).
 */
import type { Route, Scenario } from '../schemas/scenario';
import { CLAIMING_ROUTES } from '../schemas/constants';
import { isAsking, isCancelled } from './asking';
import { NEG } from './negation';
import { displayFirstName, greetingOf, nameParts } from './names';
import { findOrg, orgMatcher, type OrgMatcher } from './orgs';
import { findAddress, findEmail, findPhone } from './privacy';
import { tally } from './result';
import { exact, near, phrases, set, sheet, wd, type WordSet } from './words';
import {
  analyse,
  countWords,
  findSeq,
  sentenceText,
  seqIn,
  similar,
  span,
  words,
  type Doc,
  type Token,
} from './text';
import { findRudeness } from './tone';
import type { GradeResult } from './types';
import { replyWords } from './lexicon';

/** The reply criteria, in the order results list them. */
export const REPLY_CRITERIA = [
  'greets-by-name',
  'names-the-claim',
  'corrects-the-claim',
  'graceful-out',
  'asks-how-we-know',
  'asks-how-to-help',
  'courteous',
  'concise',
  'does-not-accept',
  'keeps-private',
] as const;

/** Word-count bounds of a concise reply. */
export const MIN_WORDS = 15;
export const MAX_WORDS = 150;

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
// Knowing and meeting: what every claim of a shared past implies.
const KNOWING = /* @__PURE__ */ set(replyWords.knowing);
const FALSE_WORDS = /* @__PURE__ */ set(replyWords.falseWords);
// Soft corrections without a negation: "I'm drawing a blank on this one".
const BLANK_MIND = /* @__PURE__ */ phrases(replyWords.blankMind);
// "no problem", "can't wait", "if not": negations that deny nothing about the claim.
const NOT_A_DENIAL = /* @__PURE__ */ set(replyWords.notADenial);
const NOT_SO = /* @__PURE__ */ phrases('not think so|not believe so');
const FIRST_PERSON = /* @__PURE__ */ set(replyWords.firstPerson);

const GRACE = /* @__PURE__ */ set(replyWords.grace);
const GRACE_SEQ = /* @__PURE__ */ phrases(replyWords.gracePhrases);
const WRONG_OBJECT = /* @__PURE__ */ set(replyWords.wrongObject);
const OTHER_ONE = /* @__PURE__ */ exact(replyWords.otherOne);
const GUESS = /* @__PURE__ */ exact(replyWords.guess);
const SOMEONE = /* @__PURE__ */ exact(replyWords.someone);

const KNOW_HOW = /* @__PURE__ */ set(replyWords.knowHow);
const KNOW_WHERE = /* @__PURE__ */ set(replyWords.knowWhere);
// After "maybe you", these make a request, not an explanation ("maybe you can tell me").
const MAYBE_NOT = /* @__PURE__ */ set('can could would will should tell let want know');
const KNOW_AUX = /* @__PURE__ */ set('have has did do were are had was');
const KNOW_AFTER_AUX = /* @__PURE__ */ set(replyWords.knowAfterAux);
const HELP = /* @__PURE__ */ set(replyWords.help);
const GAIN = /* @__PURE__ */ set(replyWords.gain);
const WHY_OBJECT = /* @__PURE__ */ set(replyWords.whyObject);
const WHAT_MADE = /* @__PURE__ */ set('made makes prompted brings brought led motivated inspired');

const ACCEPT_PAST = /* @__PURE__ */ set(replyWords.acceptPast);
const ACCEPT_NOW = /* @__PURE__ */ set(replyWords.acceptNow);
const CONDITION = /* @__PURE__ */ set(replyWords.condition);
const HAPPY = /* @__PURE__ */ set(replyWords.happy);
// "I'm hesitant to accept it" declines for now.
const RELUCTANT = /* @__PURE__ */ set(replyWords.reluctant);
const SUBORDINATE = /* @__PURE__ */ set(replyWords.subordinate);

/**
 * Everything a reply grader needs to know about a scenario. Derived from the scenario alone, so it
 * is prepared once per scenario object (a gradebook grades the same scenario thousands of times).
 */
interface Context {
  route: Route;
  claiming: boolean;
  claim: OrgMatcher;
  facts: OrgMatcher[];
  /** The persona's schools, employers and groups: "was it at Initech?" asks how you know each other. */
  known: OrgMatcher[];
  /** Words of the persona's own organisations, so "Northeastern University" does not name the claim. */
  ownWords: Set<string>;
  /** Telling words of the invitation's note ("catching", "conference"): quoting them names the claim. */
  noteWords: Set<string>;
  /** The sender's first name as written, and the name parts of the sender and of the learner. */
  name: string;
  sender: string[];
  self: string[];
}

const prepared = /* @__PURE__ */ new WeakMap<Scenario, Context>();

function context(scenario: Scenario): Context {
  let ctx = prepared.get(scenario);
  if (!ctx) prepared.set(scenario, (ctx = prepare(scenario)));
  return ctx;
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
const stem = (w: string) => (w.length > 5 ? w.replace(/(ing|ed|es|s)$/, '') : w);

// Words any note may hold, which say nothing about the claimed shared past.
const NOTE_FILLER = /* @__PURE__ */ set(replyWords.noteFiller);

function prepare(scenario: Scenario): Context {
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
    name: displayFirstName(scenario.sender.name),
    sender: nameParts(scenario.sender.name),
    self: nameParts(you.name),
  };
}

const OTHER_ROUTE = /* @__PURE__ */ set(replyWords.otherRoute);
const BLANK_WHAT = /* @__PURE__ */ set(replyWords.blankWhat);
const BLANK = /* @__PURE__ */ set(replyWords.blank);
const EMAIL = /* @__PURE__ */ exact(replyWords.emailWords);
const MISSING = /* @__PURE__ */ set(replyWords.missing);

/** "I went", "I actually studied": the learner's own past, stated without denying anything. */
function ownPast(t: readonly Token[], i: number): boolean {
  const k =
    wd(t, i - 1) === 'i'
      ? i - 1
      : wd(t, i - 2) === 'i' && OWN_ADVERB.has(wd(t, i - 1))
        ? i - 2
        : -1;
  return k >= 0 && !near(t, k, 1, i - k, NEG);
}
const OWN_ADVERB = /* @__PURE__ */ exact('actually only also just have had did was am');

function namesTheClaim(doc: Doc, ctx: Context): string | undefined {
  const { route, ownWords, noteWords } = ctx;
  const org = findOrg(doc.tokens, ctx.claim);
  if (org) return span(doc, doc.tokens[org[0]]!, doc.tokens[org[1]]!);
  for (const s of doc.sentences) {
    const t = s.tokens;
    for (let i = 0; i < t.length; i++) {
      const w = t[i]!.w;
      const next = wd(t, i + 1);
      if (route === 'other') {
        if (w === 'other' && next !== 'each' && /["'“‘]/.test(doc.text[t[i]!.s - 1] ?? '')) {
          return span(doc, t[i]!);
        }
        if (w === 'other' && OTHER_ROUTE.has(next)) return span(doc, t[i]!, t[i + 1]!);
      } else if (
        // "I went to Osaka University" states the learner's own past, not what was claimed.
        ((ROUTE_WORDS[route].has(w) && !ownPast(t, i)) || noteWords.has(stem(w))) &&
        // "thanks for the friendly note" says nothing about a friendship.
        w !== 'friendly' &&
        // "University" inside "Northeastern University" names the learner's school, not the claim.
        !(ownWords.has(w) && (ownWords.has(wd(t, i - 1)) || ownWords.has(next)))
      ) {
        return span(doc, t[i]!);
      }
      if (!ctx.claiming) {
        if (route === 'other' && EMAIL.has(w) && next !== 'me') return span(doc, t[i]!);
        // "Your note doesn't say why", "no reason given", "without a message", "the default note".
        // "the default note", "el mensaje estándar"
        if (BLANK.has(w) && near(t, i, -2, 3, BLANK_WHAT)) {
          return span(doc, t[i]!);
        }
        if (NEG.has(w)) {
          for (let k = i + 1; k < i + 7 && k < t.length; k++) {
            // Not "please don't message me again".
            if (MISSING.has(t[k]!.w) && wd(t, k + 1) !== 'me') return span(doc, t[i]!, t[k]!);
          }
        }
      }
    }
  }
}

function correctsTheClaim(doc: Doc, ctx: Context): string | undefined {
  const words = ROUTE_WORDS[ctx.route];
  for (const s of doc.sentences) {
    const t = s.tokens;
    // "Didn't we meet at Duke?" asks about the claim; it does not deny it.
    if (s.q && wd(t, 1) === 'not' && KNOW_AUX.has(t[0]!.w)) continue;
    for (let i = 0; i < t.length; i++) {
      const w = t[i]!.w;
      if (FALSE_WORDS.has(w)) return sentenceText(doc, s);
      const prev = wd(t, i - 1);
      const next = wd(t, i + 1);
      if (
        !NEG.has(w) ||
        prev === 'if' ||
        prev === 'or' ||
        NOT_A_DENIAL.has(next) ||
        (w === 'never' && next === 'mind')
      )
        continue;
      // "mit Krüger hatte ich beruflich nie zu tun": the claim may come a few words before.
      const from = Math.max(0, i - 5);
      const claimAt = findOrg(t.slice(from, i + 8), ctx.claim);
      for (let k = from; k < i + 8 && k < t.length; k++) {
        const x = t[k]!.w;
        const isClaim = claimAt && k - from >= claimAt[0] && k - from <= claimAt[1];
        if (k !== i && (words.has(x) || KNOWING.has(x) || isClaim)) {
          return span(doc, t[Math.min(i, k)]!, t[Math.max(i, k)]!);
        }
      }
    }
    // "Are we friends? I don't think so."
    if ((doc.sentences[t[0]!.n - 1]?.q && seqIn(t, NOT_SO)) || seqIn(t, BLANK_MIND))
      return sentenceText(doc, s);
    // "I studied at NC State": a first-person statement of the true school or employer.
    if (!s.q && t.some((x) => FIRST_PERSON.has(x.w)) && ctx.facts.some((f) => findOrg(t, f))) {
      return sentenceText(doc, s);
    }
  }
}

function gracefulOut(doc: Doc, ctx: Context): string | undefined {
  for (const s of doc.sentences) {
    const t = s.tokens;
    for (let i = 0; i < t.length; i++) {
      const w = t[i]!.w;
      if (
        GRACE.has(w) ||
        // "Maybe you meant another Omar", "perhaps you met my brother": an innocent cause.
        (GUESS.has(w) && wd(t, i + 1) === 'you' && !MAYBE_NOT.has(wd(t, i + 2))) ||
        // "Perhaps a colleague of mine was involved?"
        (GUESS.has(w) && near(t, i, 1, 3, SOMEONE)) ||
        // "LinkedIn suggested me", "LinkedIn got creative there": the site's fault, not theirs.
        (w === 'linkedin' && near(t, i, 1, 4, SITE_SLIP))
      ) {
        return sentenceText(doc, s);
      }
      if (OTHER_ONE.has(w)) {
        for (let k = i + 1; k < i + 4 && k < t.length; k++) {
          const x = t[k]!.w;
          if (
            // "the wrong person", "u sure u got the right guy?"
            ((w === 'wrong' || w === 'right') && WRONG_OBJECT.has(x)) ||
            // "the wrong Lan" for Nguyen Thi Lan: any part of the learner's name.
            ctx.self.some((p) => similar(x, p))
          ) {
            return span(doc, t[i]!, t[k]!);
          }
        }
      }
    }
    const at = seqIn(t, GRACE_SEQ);
    // "Could you refresh my memory?" asks; it offers no excuse.
    if (at && !(t[at[0]]!.w === 'my' && JOG.has(wd(t, at[0] - 1)))) return sentenceText(doc, s);
  }
}

const JOG = /* @__PURE__ */ exact('refresh jog');
const SITE_SLIP = /* @__PURE__ */ set(replyWords.siteSlip);

type Pattern = (t: readonly Token[], ctx: Context) => number;
const FOLLOW_UP = /* @__PURE__ */ phrases(replyWords.followUpPhrases);

/**
 * Finds the first sentence that asks, matching `pattern` (which returns the index it matched at).
 * A bare follow-up request ("Could you fill me in?") asks about the sentence before it, and so
 * does a bare "Have we?" when the sentence before holds one of the `echo` words ("I don't think
 * we've met. Have we?").
 */
function findAsk(
  doc: Doc,
  ctx: Context,
  pattern: Pattern,
  asks: (boolean | undefined)[],
  echo?: WordSet,
): string | undefined {
  const ss = doc.sentences;
  for (let n = 0; n < ss.length; n++) {
    const t = ss[n]!.tokens;
    if (!(asks[n] ??= isAsking(ss[n]!))) continue;
    const at = pattern(t, ctx);
    if (at >= 0 && !isCancelled(t, at)) return sentenceText(doc, ss[n]!);
    const prev = ss[n - 1];
    if (
      at < 0 &&
      prev &&
      !prev.q &&
      ((seqIn(t, FOLLOW_UP) && pattern(prev.tokens, ctx) >= 0) ||
        (echo &&
          t.length === 2 &&
          KNOW_AUX.has(t[0]!.w) &&
          t[1]!.w === 'we' &&
          prev.tokens.some((x) => echo.has(x.w))))
    ) {
      return span(doc, prev.tokens[0]!, t[t.length - 1]!);
    }
  }
}

const HOW = /* @__PURE__ */ set(replyWords.how);
const WHERE = /* @__PURE__ */ set(replyWords.where);
// "¿Nos conocemos?", "on se connaît ?": a question with "we know each other" in one word.
const KNOW_US = /* @__PURE__ */ exact(replyWords.knowUs);
// "Which conference was it?": asking which shared event the invitation means.
const EVENT = /* @__PURE__ */ set(replyWords.sharedEvent);
const EACH = /* @__PURE__ */ exact('each');

/** "Were you at…", "did we…": a question form (an auxiliary, then you or we) just before `i`. */
function asksAbout(t: readonly Token[], i: number): boolean {
  for (let k = Math.max(0, i - 4); k < i - 1; k++) {
    if (KNOW_AUX.has(t[k]!.w) && /^(you|we)$/.test(t[k + 1]!.w)) return true;
  }
  return false;
}

/** A word of having met in the 2nd to 5th place after `i`, but not the request "let me know". */
function knowsAfter(t: readonly Token[], i: number): boolean {
  for (let k = i + 2; k <= i + 5 && k < t.length; k++) {
    if (KNOW_AFTER_AUX.has(t[k]!.w) && !(t[k]!.w === 'know' && wd(t, k - 1) === 'me')) return true;
  }
  return false;
}
const REMIND = /* @__PURE__ */ set('how where when of which what who');
const LINK = /* @__PURE__ */ exact(replyWords.link);
const GAVE = /* @__PURE__ */ set(replyWords.gave);
const GET = /* @__PURE__ */ set('get got find found');
const MY = /* @__PURE__ */ set('my me');
const WHAT_HOW = /* @__PURE__ */ exact('what how');

function knowPattern(t: readonly Token[], ctx: Context): number {
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!.w;
    const next = wd(t, i + 1);
    if (
      (HOW.has(w) && near(t, i, 1, 6, KNOW_HOW)) ||
      // "how did you get my email?"
      (w === 'how' && near(t, i, 1, 4, GET) && near(t, i, 1, 7, MY)) ||
      (WHERE.has(w) && near(t, i, 1, 5, KNOW_WHERE)) ||
      // "Have we met?", "whether we worked together" (not "what are you working on", nor "if you
      // let me know").
      ((KNOW_AUX.has(w) || w === 'whether' || w === 'if') &&
        /^(we|i|you)$/.test(next) &&
        wd(t, i - 1) !== 'what' &&
        knowsAfter(t, i)) ||
      // Something the invitation's note claimed: "Were you at Mia's wedding?" (not the echo
      // "Maya's wedding?", which doubts it).
      (ctx.noteWords.has(stem(w)) && asksAbout(t, i)) ||
      // "we ever talked before?"
      (w === 'we' && next === 'ever' && knowsAfter(t, i)) ||
      // "Did somebody refer you?"
      (/^(refer|referred|introduce|introduced)$/.test(w) && next === 'you') ||
      // "what's our connection?", "what's our link?"
      (LINK.has(w) && near(t, i, -3, -1, WHAT_HOW)) ||
      (w === 'remind' && near(t, i, 1, 3, REMIND)) ||
      (w === 'refresh' && next === 'my') ||
      (w === 'who' && near(t, i, 1, 4, GAVE)) ||
      // "Did a mutual contact give you my email?"
      (GAVE.has(w) && next === 'you' && near(t, i, 2, 3, MY)) ||
      // A tag question: "We met at that conference, right?", "We haven't met, have we?"
      (KNOW_WHERE.has(w) &&
        (/^(right|correct)$/.test(t[t.length - 1]!.w) ||
          (KNOW_AUX.has(wd(t, t.length - 2)) && wd(t, t.length - 1) === 'we'))) ||
      KNOW_US.has(w) ||
      (w === 'which' && near(t, i, 1, 2, EVENT)) ||
      // "How did we end up in each other's orbit?"
      (HOW.has(w) && near(t, i, 2, 8, EACH))
    ) {
      return i;
    }
  }
  // "Was it through Initech, perhaps?": a guess at where you know each other from (not "Solvia has
  // never ordered from you", a statement about the learner's side).
  // A guess is a question form: "was it through…", "did we meet at…"; not "any PhD is welcome".
  if (
    t.some((x) => KNOW_AUX.has(x.w) || x.w === 'through') &&
    !t.some((x) => FIRST_PERSON.has(x.w) || NEG.has(x.w))
  ) {
    for (const f of ctx.known) {
      const at = findOrg(t, f);
      if (at) return at[0];
    }
  }
  return -1;
}

const HELP_CUE = /* @__PURE__ */ set(replyWords.helpCue);
const WHY_ME = /* @__PURE__ */ set(replyWords.whyMe);
// "What do you need?", "what would you want from this?": asks what the sender hopes for.
const NEED = /* @__PURE__ */ exact(replyWords.need);
const YOU = /* @__PURE__ */ exact(replyWords.you);
const YOU_ARE = /* @__PURE__ */ exact('you are');
const ABOUT = /* @__PURE__ */ exact('about');
const WOULD = /* @__PURE__ */ exact('is was would will could');

function helpPattern(t: readonly Token[]): number {
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!.w;
    const prev = wd(t, i - 1);
    const next = wd(t, i + 1);
    const after = wd(t, i + 2);
    if (
      // "help me understand" asks for the sender's help, not how to help them.
      (HELP.has(w) && next !== 'me' && next !== 'us' && near(t, i, -10, 2, HELP_CUE)) ||
      // Not "could it be you were looking for another Ingrid?"
      // Nor "I'm not looking for advice", "not interested in investments".
      (GAIN.has(w) &&
        t.some((x) => YOU.has(x.w)) &&
        !near(t, i, 1, 3, OTHER_ONE) &&
        !near(t, i, -2, -1, NEG)) ||
      // "what's the reason for connecting?"
      ((w === 'reason' || w === 'purpose') && near(t, i, 1, 3, WHY_OBJECT)) ||
      (w === 'what' &&
        (near(t, i, 1, 2, WHAT_MADE) ||
          findSeq(t, ['do', 'for', 'you'], i) >= 0 ||
          // "what's this about?", "what would a call be about?" (not "what I know about wind")
          (near(t, i, 1, 1, WOULD) && near(t, i, 2, 5, ABOUT)))) ||
      (w === 'get' && next === 'out' && after === 'of') ||
      // "What you'd like from me", "what are you after".
      (/^(like|want|need)$/.test(w) && next === 'from' && after === 'me') ||
      // "what you are after", "what exactly are you after?"
      (w === 'after' && YOU_ARE.has(prev) && YOU_ARE.has(wd(t, i - 2))) ||
      // "What do you have in mind?", "what's on your mind?"
      (w === 'mind' && (prev === 'in' || (prev === 'your' && wd(t, i - 2) === 'on'))) ||
      // "anything I can do for you"
      ((w === 'anything' || w === 'something') && findSeq(t, ['do', 'for', 'you'], i) > i) ||
      // "what's the context for your invitation?", "what's the ask?"
      (w === 'context' && near(t, i, 1, 3, WHY_ME)) ||
      (w === 'ask' && prev === 'the' && near(t, i, -4, -2, WHAT_HOW)) ||
      (w === 'what' && near(t, i, 1, 3, YOU) && near(t, i, 2, 4, NEED))
    ) {
      return i;
    }
    // "why you'd like to connect", "why did you add me" (not "why are you adding strangers", nor the
    // rhetorical "why would I connect with a stranger").
    // Nor "your note didn't say why you'd like to connect", which points out what is missing.
    if (w === 'why' && wd(t, i + 2) !== 'i' && !near(t, i, -4, -1, NEG)) {
      for (let k = i + 1; k < i + 9 && k < t.length; k++) {
        const x = t[k]!.w;
        if (WHY_OBJECT.has(x) || (WHY_ME.has(x) && wd(t, k + 1) === 'me')) return i;
      }
    }
  }
  return -1;
}

// Only these make a past acceptance hypothetical ("before I accepted"); "consider it accepted" accepts.
const BEFORE_PAST = /* @__PURE__ */ set('if once when after until before unless');
// "I only accept invitations from people I know" states a habit, not a decision.
const HABIT = /* @__PURE__ */ set(replyWords.habit);
const OPEN_Q = /* @__PURE__ */ exact('how where whether');

function accepts(doc: Doc): string | undefined {
  for (const s of doc.sentences) {
    // A question does not accept ("Shall I accept?"), unless it opens with the deed: "Accepted your
    // invite, what kind of teams is it for?"
    if (s.q && !near(s.tokens, 0, 0, 2, ACCEPT_PAST)) continue;
    const t = s.tokens;
    // "I would accept", "happy to connect once I know more"; not "that could be useful" later on.
    const conditional = (i: number) =>
      near(t, i, -4, -1, CONDITION) || near(t, i, 1, 6, SUBORDINATE);
    for (let i = 0; i < t.length; i++) {
      const w = t[i]!.w;
      const prev = wd(t, i - 1);
      let hit = false;
      if (ACCEPT_PAST.has(w)) {
        // "Connected!", "Hi Lena, connected!", "we're now connected"; "I added you".
        // Not "how we're connected", "before I accepted", "I haven't accepted".
        hit =
          (w === 'connected'
            ? i === t.length - 1
              ? i <= 5
              : i === 0 || /^(now|just|are|have|already|am|officially)$/.test(prev)
            : w !== 'added' || wd(t, i + 1) === 'you') &&
          !(w !== 'accepted' && t.some((x) => OPEN_Q.has(x.w))) &&
          !near(t, i, -3, -1, BEFORE_PAST) &&
          !near(t, i, -3, -1, NEG);
      } else if (ACCEPT_NOW.has(w)) {
        // "Please accept my apologies" is not accepting the invitation.
        hit =
          !conditional(i) &&
          !near(t, i, -3, -1, NEG) &&
          !near(t, i, -3, -1, RELUCTANT) &&
          wd(t, i + 1) !== 'my' &&
          !HABIT.has(prev);
      } else if (
        w === 'connect' &&
        // "let's connect", "happy to connect", "sure, I'll connect"
        (prev === 'us' || HAPPY.has(wd(t, i - 2)) || (prev === 'will' && wd(t, i - 2) === 'i'))
      ) {
        hit = !conditional(i) && !near(t, i, -4, -1, NEG);
      } else
        hit =
          (w === 'welcome' && findSeq(t, ['my', 'network'], i) >= 0) ||
          (/^(connecting|accepting)$/.test(w) &&
            wd(t, i + 1) === 'now' &&
            !near(t, i, -4, -1, NEG));
      if (hit) return sentenceText(doc, s);
    }
  }
}

/**
 * Grades a clarifying reply to the scenario's invitation. Criteria follow `REPLY_CRITERIA`; the
 * score counts met criteria (null ones do not count) and `passed` needs 80% of the maximum.
 */
export function gradeReply(scenario: Scenario, input: string): GradeResult {
  const text = typeof input === 'string' ? input : '';
  const ctx = context(scenario);
  const { route, claiming } = ctx;
  const doc = analyse(text);
  const { you, invitation } = scenario;
  const { name } = ctx;
  const claim = invitation.claim;
  const count = countWords(text);
  const { out, add } = sheet(text, 'reply');
  // Whether each sentence asks something, worked out once for both asking criteria.
  const asks: (boolean | undefined)[] = [];
  // `found` criteria are met when the evidence exists; `avoid` ones when it does not.
  const found = (id: string, ev: string | undefined, yes: string, no: string) =>
    add(id, !!ev, yes, no, ev);
  const avoid = (id: string, ev: string | undefined, yes: string, no: string) =>
    add(id, !ev, yes, no, ev);

  const g = greetingOf(doc, ctx.sender, ctx.self);
  found(
    'greets-by-name',
    g.kind === 'ok' ? g.evidence : undefined,
    `You greet ${name} by name (@).`,
    `${g.kind === 'late' ? 'Move the name to the start. ' : g.kind === 'self' ? 'You name yourself; greet the sender instead. ' : ''}Open with "Hello ${name},".`,
  );
  found(
    'names-the-claim',
    namesTheClaim(doc, ctx),
    `You name what the invitation ${claiming ? 'claimed' : 'left out'} (@).`,
    claiming
      ? `Name the claim: "Your invitation says we ${route === 'friend' ? 'are friends' : `${route === 'classmate' ? 'studied' : 'worked'} ${claim ? `at ${claim}` : 'together'}`}."`
      : `Point out the missing reason${route === 'group' ? ` (beyond ${claim || 'a shared group'})` : ''}: "Your invitation doesn't say why."`,
  );
  if (claiming) {
    const truth = route === 'classmate' ? you.schools[0] : you.employers[0];
    found(
      'corrects-the-claim',
      correctsTheClaim(doc, ctx),
      'You state the fact (@).',
      `State the fact: "${route === 'friend' ? "I don't believe we've met" : truth ? `I was at ${truth}, not ${claim || 'there'}` : `I was never at ${claim || 'that place'}`}."`,
    );
    found(
      'graceful-out',
      gracefulOut(doc, ctx),
      'You offer a kind way out (@).',
      `Offer a kind way out: "Maybe you clicked the wrong ${you.name}?"`,
    );
  } else {
    for (const id of ['corrects-the-claim', 'graceful-out']) {
      add(id, null, 'The invitation claims nothing false to correct.');
    }
  }
  found(
    'asks-how-we-know',
    findAsk(doc, ctx, knowPattern, asks, KNOW_WHERE),
    'You ask how you know each other (@).',
    'Ask: "How do we know each other?"',
  );
  found(
    'asks-how-to-help',
    findAsk(doc, ctx, helpPattern, asks),
    `You ask what ${name} hopes for (@).`,
    'Ask, rather than offer: "How can I help you?"',
  );
  avoid(
    'courteous',
    findRudeness(doc),
    'Your tone stays courteous.',
    '@ may read as hostile; stay calm and polite.',
  );
  add(
    'concise',
    count >= MIN_WORDS && count <= MAX_WORDS,
    `${count} words: ${count < MIN_WORDS ? 'too short, aim for' : count > MAX_WORDS ? 'trim it to' : 'within'} ${MIN_WORDS} to ${MAX_WORDS}.`,
  );
  avoid(
    'does-not-accept',
    accepts(doc),
    'You reply without accepting yet.',
    'You accept already (@); decide once you know more.',
  );
  avoid(
    'keeps-private',
    findEmail(text) ?? findPhone(text) ?? findAddress(doc),
    'No contact details shared.',
    'Leave contact details such as @ out.',
  );
  return tally(out);
}
