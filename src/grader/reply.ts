/**
 * Grading a clarifying reply: the ten criteria of the course, each judged from what the scenario
 * knows (who sent it, what the invitation claimed, what is true about the learner).
 */
import type { Route, Scenario } from '../schemas/scenario';
import { CLAIMING_ROUTES } from '../schemas/constants';
import { isAsking, isCancelled, NEG } from './asking';
import {
  displayFirstName,
  findGreeting,
  findOrg,
  nameParts,
  orgMatcher,
  type OrgMatcher,
} from './names';
import { findAddress, findEmail, findPhone } from './privacy';
import { criterion, set, tally, type WordSet } from './result';
import {
  analyse,
  countWords,
  findSeq,
  quote,
  sentenceText,
  similar,
  span,
  type Doc,
  type Token,
} from './text';
import { findRudeness } from './tone';
import type { Criterion, GradeResult } from './types';

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

const SCHOOL =
  'classmate classmates class classes school schools college university uni studied study studying student students alum alumni alumnus alumna grad graduate graduated graduates campus attended attend attending enrolled went go gone been mater';
const WORK =
  'colleague colleagues coworker coworkers worker workers worked work working workplace company employer employed employee job firm office team staff hired been there';
// What each claiming route is about: naming or negating these words addresses its claim.
const ROUTE_WORDS: Record<Route, WordSet> = {
  classmate: set(SCHOOL),
  colleague: set(WORK),
  'worked-together': set(
    WORK +
      ' project projects collaborated collaborate collaboration partnered client clients together',
  ),
  friend: set('friend friendship pal buddy buddies personally acquaintance acquainted'),
  other: set('other'),
  group: set('group'),
  none: set(''),
};
// Knowing and meeting: what every claim of a shared past implies.
const KNOWING = /* @__PURE__ */ set(
  'met meet know known knew remember recall recognise recognize place crossed acquainted familiar right correct accurate true case idea heard conocemos conocido conozco connais rencontre kennen',
);
const FALSE_WORDS = /* @__PURE__ */ set('incorrect inaccurate untrue false');
// "no problem", "can't wait", "if not": negations that deny nothing about the claim.
const NOT_A_DENIAL = /* @__PURE__ */ set(
  'problem worries worry doubt hesitate wait matter rush pressure obligation only need',
);
const NOT_SO = [
  ['not', 'think', 'so'],
  ['not', 'believe', 'so'],
];
const FIRST_PERSON = /* @__PURE__ */ set('i my me am mine myself');

const GRACE = /* @__PURE__ */ set(
  'errada errado mistake mistaken mistook accident accidental error oversight misclick mixup confusion confuse typo glitch autofill autocomplete algorithm equivocado equivocacion confundido erreur trompe confondu verwechselt versehen',
);
const GRACE_SEQ = [
  'mix up',
  'mixed up',
  'mixing up',
  'someone else',
  'somebody else',
  'another person',
  'different person',
  'same name',
  'similar name',
  'similar names',
  'common name',
  'thinking of',
  'forgive me',
  'apologies if',
  'sorry if',
  'my memory',
  'i forgot',
  'i have forgotten',
  'correct me',
  'may be wrong',
  'might be wrong',
  'could be wrong',
  'slipped my mind',
  'bad with names',
  'easy to do',
  'happens to',
  'otra persona',
  'autre personne',
].map((p) => p.split(' '));
const WRONG_OBJECT = /* @__PURE__ */ set(
  'person people guy one profile name button option box link account contact individual click',
);

const KNOW_HOW = /* @__PURE__ */ set(
  'conhecemos know knew met meet connected acquainted found find came come heard familiar related linked conocemos conocimos conoces connaissons rencontre kennen cross paths',
);
const KNOW_WHERE = /* @__PURE__ */ set(
  'met meet know knew crossed worked studied connected conocimos rencontre conocemos connaissons conhecemos kennen shared',
);
// After "maybe you", these make a request, not an explanation ("maybe you can tell me").
const MAYBE_NOT = /* @__PURE__ */ set('can could would will should tell let want know');
const KNOW_AUX = /* @__PURE__ */ set('have has did do were are had was');
const KNOW_AFTER_AUX = /* @__PURE__ */ set(
  'met meet know work study studied classmates colleagues friends crossed spoken talked chatted interacted collaborated',
);
const HELP = /* @__PURE__ */ set(
  'helpful useful help assist support benefit ayudar ayudarte aider helfen ajudar',
);
const GAIN = /* @__PURE__ */ set(
  'hope gain achieve accomplish purpose goal looking prompted brings brought motivated motivation interested reason objective expecting',
);
const WHY_OBJECT = /* @__PURE__ */ set('connect reach invitation link network');
const WHAT_MADE = /* @__PURE__ */ set('made makes prompted brings brought led motivated inspired');

const ACCEPT_PAST = /* @__PURE__ */ set(
  'connected added accepte aceptado aceptada acepte akzeptiert aceitei',
);
const ACCEPT_NOW = /* @__PURE__ */ set('accept');
const CONDITION = /* @__PURE__ */ set(
  'if once when after until before unless soon would could might may maybe perhaps consider si cuando',
);
const HAPPY = /* @__PURE__ */ set('happy glad love pleased delighted');

interface Found {
  evidence: string;
}

const hasNegBefore = (t: readonly Token[], i: number, n: number) => {
  for (let k = Math.max(0, i - n); k < i; k++) if (NEG.has(t[k]!.w)) return true;
  return false;
};

function seqIn(
  tokens: readonly Token[],
  seqs: readonly (readonly string[])[],
): [number, number] | null {
  for (const p of seqs) {
    const i = findSeq(tokens, p);
    if (i >= 0) return [i, i + p.length - 1];
  }
  return null;
}

/** Everything a reply grader needs to know about a scenario, prepared once per call. */
interface Context {
  route: Route;
  claiming: boolean;
  claim: OrgMatcher;
  facts: OrgMatcher[];
  selfFirst: string;
  /** The persona's schools, employers and groups: "was it at Initech?" asks how you know each other. */
  known: OrgMatcher[];
  /** Words of the persona's own organisations, so "Northeastern University" does not name the claim. */
  ownWords: Set<string>;
}

function context(scenario: Scenario): Context {
  const route = scenario.invitation.via;
  const you = scenario.you;
  const own = route === 'classmate' ? you.schools : route === 'friend' ? [] : you.employers;
  const ownWords = new Set(own.flatMap((o) => orgMatcher(o).all));
  const claim = orgMatcher(scenario.invitation.claim, ownWords);
  const claimWords = new Set(claim.all);
  return {
    route,
    claiming: CLAIMING_ROUTES.includes(route),
    claim,
    facts: own
      .map((o) => orgMatcher(o, claimWords))
      .filter((m) => m.key.length || m.all.length > 1),
    selfFirst: nameParts(you.name)[0] ?? '',
    known: [...you.schools, ...you.employers, ...you.groups]
      .filter((o) => o !== scenario.invitation.claim)
      .map((o) => orgMatcher(o))
      .filter((m) => m.key.length),
    ownWords,
  };
}

function namesTheClaim(doc: Doc, ctx: Context): Found | null {
  const org = findOrg(doc.tokens, ctx.claim);
  if (org) return { evidence: span(doc, doc.tokens[org[0]]!, doc.tokens[org[1]]!) };
  const words = ROUTE_WORDS[ctx.route];
  for (const s of doc.sentences) {
    const t = s.tokens;
    for (let i = 0; i < t.length; i++) {
      const w = t[i]!.w;
      if (
        ctx.route === 'other' &&
        w === 'other' &&
        t[i + 1]?.w !== 'each' &&
        /["'“‘]/.test(doc.text[t[i]!.s - 1] ?? '')
      ) {
        return { evidence: span(doc, t[i]!) };
      }
      if (ctx.route === 'other' && w === 'other' && OTHER_ROUTE.has(t[i + 1]?.w ?? '')) {
        return { evidence: span(doc, t[i]!, t[i + 1]!) };
      }
      // "University" inside "Northeastern University" names the learner's school, not the claim.
      const ownName = ctx.ownWords.has(t[i - 1]?.w ?? '') || ctx.ownWords.has(t[i + 1]?.w ?? '');
      if (ctx.route !== 'other' && words.has(w) && !(ownName && ctx.ownWords.has(w))) {
        return { evidence: span(doc, t[i]!) };
      }
      // A friendship claim is named by saying we have (not) met: "I don't think we've met".
      if (
        ctx.route === 'friend' &&
        (!s.q || hasNegBefore(t, i, 4)) &&
        (FRIEND_TALK.has(w) ||
          (/^(know|remember|recall)$/.test(w) && /^(each|you)$/.test(t[i + 1]?.w ?? '')))
      ) {
        return { evidence: sentenceText(doc, s) };
      }
      if (!ctx.claiming) {
        if (w === 'email' && ctx.route === 'other') return { evidence: span(doc, t[i]!) };
        // "Your note doesn't say why", "no reason given", "without a message".
        if ((w === 'blank' || w === 'empty') && within(t, i, 3, BLANK_WHAT)) {
          return { evidence: span(doc, t[i]!) };
        }
        if (NEG.has(w)) {
          for (let k = i + 1; k < Math.min(t.length, i + 7); k++) {
            if (MISSING.has(t[k]!.w)) return { evidence: span(doc, t[i]!, t[k]!) };
          }
        }
      }
    }
  }
  return null;
}
// Statements about having met, which address a claimed friendship.
const FRIEND_TALK = /* @__PURE__ */ set('met meet crossed acquainted rencontre conocido conocimos');
const OTHER_ROUTE = /* @__PURE__ */ set('option route button choice');
const BLANK_WHAT = /* @__PURE__ */ set('invite invitation request note message');
const MISSING = /* @__PURE__ */ set(
  'stating giving dice razon motivo mensaje nota explica reason note message why explanation context detail purpose mention explain say said says include personal',
);

function correctsTheClaim(doc: Doc, ctx: Context): Found | null {
  const words = ROUTE_WORDS[ctx.route];
  for (const s of doc.sentences) {
    const t = s.tokens;
    // "Didn't we meet at Duke?" asks about the claim; it does not deny it.
    if (s.q && t[1]?.w === 'not' && KNOW_AUX.has(t[0]!.w)) continue;
    for (let i = 0; i < t.length; i++) {
      const w = t[i]!.w;
      if (FALSE_WORDS.has(w)) return { evidence: sentenceText(doc, s) };
      if (!NEG.has(w)) continue;
      const prev = t[i - 1]?.w;
      const next = t[i + 1]?.w ?? '';
      if (
        prev === 'if' ||
        prev === 'or' ||
        NOT_A_DENIAL.has(next) ||
        (w === 'never' && next === 'mind')
      )
        continue;
      const from = Math.max(0, i - 3);
      const claimAt = findOrg(t.slice(from, i + 8), ctx.claim);
      for (let k = from; k < Math.min(t.length, i + 8); k++) {
        const x = t[k]!.w;
        const isClaim = claimAt !== null && k - from >= claimAt[0] && k - from <= claimAt[1];
        if (k !== i && (words.has(x) || KNOWING.has(x) || isClaim)) {
          return { evidence: span(doc, t[Math.min(i, k)]!, t[Math.max(i, k)]!) };
        }
      }
    }
    // "Are we friends? I don't think so."
    const prevQ = doc.sentences[s.tokens[0]!.n - 1];
    if (prevQ?.q && seqIn(t, NOT_SO)) return { evidence: sentenceText(doc, s) };
    // "I studied at NC State": a first-person statement of the true school or employer.
    if (!s.q && ctx.facts.length && t.some((x) => FIRST_PERSON.has(x.w))) {
      for (const f of ctx.facts) {
        const at = findOrg(t, f);
        if (at) return { evidence: sentenceText(doc, s) };
      }
    }
  }
  return null;
}

function gracefulOut(doc: Doc, ctx: Context): Found | null {
  for (const s of doc.sentences) {
    const t = s.tokens;
    for (let i = 0; i < t.length; i++) {
      const w = t[i]!.w;
      if (GRACE.has(w)) return { evidence: sentenceText(doc, s) };
      if (w === 'wrong' || w === 'another' || w === 'different' || w === 'other') {
        for (let k = i + 1; k < Math.min(t.length, i + 4); k++) {
          const x = t[k]!.w;
          if (
            (w === 'wrong' && WRONG_OBJECT.has(x)) ||
            (ctx.selfFirst && similar(x, ctx.selfFirst))
          ) {
            return { evidence: span(doc, t[i]!, t[k]!) };
          }
        }
      }
      // "Maybe you meant another Omar", "perhaps you met my brother": a guess at an innocent cause.
      if ((w === 'maybe' || w === 'perhaps' || w === 'possibly') && t[i + 1]?.w === 'you') {
        if (!MAYBE_NOT.has(t[i + 2]?.w ?? '')) return { evidence: sentenceText(doc, s) };
      }
      if (
        w === 'linkedin' &&
        t.slice(i + 1, i + 5).some((x) => x.w.startsWith('suggest') || x.w === 'recommended')
      ) {
        return { evidence: sentenceText(doc, s) };
      }
    }
    if (seqIn(t, GRACE_SEQ)) return { evidence: sentenceText(doc, s) };
  }
  return null;
}

/**
 * Finds the first sentence that asks, matching `pattern` (which returns the index it matched at).
 * A bare follow-up request ("Could you fill me in?") asks about the sentence before it.
 */
function findAsk(doc: Doc, ctx: Context, pattern: Pattern): Found | null {
  const ss = doc.sentences;
  for (let n = 0; n < ss.length; n++) {
    const s = ss[n]!;
    if (!isAsking(s)) continue;
    const at = pattern(s.tokens, ctx);
    if (at >= 0 && !isCancelled(s.tokens, at)) return { evidence: sentenceText(doc, s) };
    const prev = ss[n - 1];
    if (at < 0 && prev && !prev.q && seqIn(s.tokens, FOLLOW_UP) && pattern(prev.tokens, ctx) >= 0) {
      return { evidence: span(doc, prev.tokens[0]!, s.tokens[s.tokens.length - 1]!) };
    }
  }
  return null;
}
type Pattern = (t: readonly Token[], ctx: Context) => number;
const FOLLOW_UP = [
  'fill me in',
  'remind me',
  'enlighten me',
  'tell me more',
  'explain',
  'clarify',
].map((p) => p.split(' '));

function within(t: readonly Token[], i: number, n: number, words: WordSet): boolean {
  for (let k = i + 1; k <= i + n && k < t.length; k++) if (words.has(t[k]!.w)) return true;
  return false;
}

const HOW = /* @__PURE__ */ set('how como comment woher wie');
const WHERE = /* @__PURE__ */ set('where when donde ou which whether');
const REMIND = /* @__PURE__ */ set('how where when of which what who');
const GAVE = /* @__PURE__ */ set('gave give given shared passed referred introduced told sent');

function knowPattern(t: readonly Token[], ctx: Context): number {
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!.w;
    const next = t[i + 1]?.w ?? '';
    if (HOW.has(w) && within(t, i, 6, KNOW_HOW)) return i;
    // "how did you get my email?"
    if (w === 'how' && within(t, i, 4, GET) && within(t, i, 7, MY)) return i;
    if (WHERE.has(w) && within(t, i, 5, KNOW_WHERE)) return i;
    if ((KNOW_AUX.has(w) || w === 'whether' || w === 'if') && /^(we|i|you)$/.test(next)) {
      if (within(t, i + 1, 4, KNOW_AFTER_AUX)) return i;
    }
    if (
      w === 'connection' &&
      t.slice(Math.max(0, i - 3), i).some((x) => x.w === 'what' || x.w === 'how')
    ) {
      return i;
    }
    if (w === 'remind' && within(t, i, 3, REMIND)) return i;
    if (w === 'refresh' && next === 'my') return i;
    if (w === 'who' && within(t, i, 4, GAVE)) return i;
    // A tag question: "We met at that conference, right?"
    if (KNOW_WHERE.has(w) && /^(right|correct)$/.test(t[t.length - 1]!.w)) return i;
  }
  // "Was it through Initech, perhaps?": a guess at where you know each other from.
  for (const f of ctx.known) {
    const at = findOrg(t, f);
    if (at && !t.some((x) => FIRST_PERSON.has(x.w))) return at[0];
  }
  return -1;
}
const GET = /* @__PURE__ */ set('get got find found');
const MY = /* @__PURE__ */ set('my me');
const HELP_CUE = /* @__PURE__ */ set(
  'how what way anything something if however que quoi como comment wie',
);

function helpPattern(t: readonly Token[]): number {
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!.w;
    const next = t[i + 1]?.w ?? '';
    // "help me understand" asks for the sender's help, not how to help them.
    if (HELP.has(w) && next !== 'me' && next !== 'us') {
      if (t.slice(Math.max(0, i - 8), i + 3).some((x) => HELP_CUE.has(x.w))) return i;
    }
    if (GAIN.has(w) && t.some((x) => x.w === 'you' || x.w === 'your')) return i;
    // "why you'd like to connect", "why did you add me" (not "why are you adding strangers").
    if (w === 'why') {
      for (let k = i + 1; k < Math.min(t.length, i + 9); k++) {
        const x = t[k]!.w;
        if (WHY_OBJECT.has(x) || (WHY_ME.has(x) && t[k + 1]?.w === 'me')) return i;
      }
    }
    if (w === 'what' && within(t, i, 2, WHAT_MADE)) return i;
    if (w === 'what' && findSeq(t, ['do', 'for', 'you'], i) >= 0) return i;
    if (w === 'what' && next === 'is' && t[i + 3]?.w === 'about') return i;
    if (w === 'get' && next === 'out' && t[i + 2]?.w === 'of') return i;
    // "What you'd like from me", "what are you after".
    if ((w === 'like' || w === 'want' || w === 'need') && next === 'from' && t[i + 2]?.w === 'me') {
      return i;
    }
    if (w === 'after' && t[i - 1]?.w === 'are' && t[i - 2]?.w === 'you') return i;
    if (w === 'in' && next === 'mind') return i;
  }
  return -1;
}
const WHY_ME = /* @__PURE__ */ set('invite add contact message');

// Only these make a past acceptance hypothetical ("before I accepted"); "consider it accepted" accepts.
const BEFORE_PAST = /* @__PURE__ */ set('if once when after until before unless');
// "I only accept invitations from people I know" states a habit, not a decision.
const HABIT = /* @__PURE__ */ set(
  'only usually generally normally always typically rarely sometimes often',
);

function accepts(doc: Doc): Found | null {
  for (const s of doc.sentences) {
    if (s.q) continue;
    const t = s.tokens;
    const conditional = t.some((x) => CONDITION.has(x.w));
    for (let i = 0; i < t.length; i++) {
      const w = t[i]!.w;
      const prev = t[i - 1]?.w ?? '';
      let hit = false;
      if (ACCEPT_PAST.has(w)) {
        if (w === 'connected') {
          // "Connected!", "Hi Lena, connected!", "we're now connected".
          hit =
            i === t.length - 1
              ? i <= 3
              : i === 0 || /^(now|just|are|have|already|am|officially)$/.test(prev);
        } else if (w === 'added') hit = t[i + 1]?.w === 'you';
        else hit = true;
        // "how we're connected", "before I accepted": not an acceptance.
        if (t.some((x) => x.w === 'how' || x.w === 'where' || x.w === 'whether')) hit = false;
        if (t.slice(Math.max(0, i - 3), i).some((x) => BEFORE_PAST.has(x.w))) hit = false;
        if (hasNegBefore(t, i, 3)) hit = false;
      } else if (ACCEPT_NOW.has(w)) {
        // "Please accept my apologies" is not accepting the invitation.
        hit = !conditional && !hasNegBefore(t, i, 3) && next(t, i) !== 'my' && !HABIT.has(prev);
      } else if (w === 'connect' && (prev === 'us' || HAPPY.has(t[i - 2]?.w ?? ''))) {
        hit = !conditional && !hasNegBefore(t, i, 4);
      } else if (w === 'welcome' && findSeq(t, ['my', 'network'], i) >= 0) {
        hit = true;
      }
      if (hit) return { evidence: sentenceText(doc, s) };
    }
  }
  return null;
}
const next = (t: readonly Token[], i: number) => t[i + 1]?.w;

/**
 * Grades a clarifying reply to the scenario's invitation. Criteria follow `REPLY_CRITERIA`; the
 * score counts met criteria (null ones do not count) and `passed` needs 80% of the maximum.
 */
export function gradeReply(scenario: Scenario, input: string): GradeResult {
  const text = typeof input === 'string' ? input : '';
  const ctx = context(scenario);
  const doc = analyse(text);
  const name = displayFirstName(scenario.sender.name);
  const claim = scenario.invitation.claim;
  const route = ctx.route;
  const words = countWords(text);
  const out: Criterion[] = [];
  // An empty draft meets nothing, not even "courteous": there is nothing to judge yet.
  const add = (
    id: string,
    found: Found | null | undefined,
    yes: string,
    no: string,
    invert = false,
  ) => {
    const met = !!found !== invert;
    const ev = found?.evidence;
    out.push(
      !text.trim() && met
        ? criterion(id, false, 'Write your reply first.')
        : criterion(id, met, (met ? yes : no).replace('@', ev ? quote(ev) : ''), ev),
    );
  };

  const g = findGreeting(doc, scenario.sender.name, scenario.you.name);
  add(
    'greets-by-name',
    g.kind === 'ok' ? (g as Found) : null,
    `You greet ${name} by name (@).`,
    `${g.kind === 'late' ? `You use ${name}'s name later; open with it` : g.kind === 'self' ? 'You name yourself; greet the sender instead' : `Open with ${name}'s name`}, e.g. "Hello ${name},".`,
  );
  add(
    'names-the-claim',
    namesTheClaim(doc, ctx),
    `You name what the invitation ${ctx.claiming ? 'claimed' : 'left out'} (@).`,
    ctx.claiming
      ? `Say what the invitation claimed, e.g. "Your invitation says we ${route === 'classmate' ? 'studied' : route === 'friend' ? 'are friends' : 'worked'}${claim && route !== 'friend' ? ` at ${claim}` : route === 'friend' ? '' : ' together'}."`
      : `Point out that no reason was given${route === 'group' ? ` beyond ${claim || 'a shared group'}` : ''}, e.g. "Your invitation doesn't say why you'd like to connect."`,
  );
  if (ctx.claiming) {
    const truth = route === 'classmate' ? scenario.you.schools[0] : scenario.you.employers[0];
    add(
      'corrects-the-claim',
      correctsTheClaim(doc, ctx),
      'You state the fact plainly (@).',
      `State the fact, e.g. "${route === 'friend' ? "I don't believe we've met" : truth ? `I was at ${truth}, not ${claim || 'there'}` : `I was never at ${claim || 'that place'}`}." Agreeing or staying silent lets the mistake stand.`,
    );
    add(
      'graceful-out',
      gracefulOut(doc, ctx),
      'You offer a kind way out (@).',
      `Offer a kind way out, e.g. "Maybe you clicked on the wrong ${scenario.you.name}?"`,
    );
  } else {
    for (const id of ['corrects-the-claim', 'graceful-out']) {
      out.push(
        criterion(id, null, 'The invitation makes no false claim, so there is nothing to correct.'),
      );
    }
  }
  add(
    'asks-how-we-know',
    findAsk(doc, ctx, knowPattern),
    'You ask how you know each other (@).',
    'Ask how you know each other, e.g. "How do we know each other?"',
  );
  add(
    'asks-how-to-help',
    findAsk(doc, ctx, helpPattern),
    `You ask what ${name} hopes for (@).`,
    `Ask, rather than offer: "How do you think I can help you?"`,
  );
  const rude = findRudeness(doc);
  add(
    'courteous',
    rude ? { evidence: rude } : null,
    'Your tone stays courteous.',
    '@ may read as hostile. Stay calm and polite, even when you decline.',
    true,
  );
  out.push(
    criterion(
      'concise',
      !!text.trim() && words >= MIN_WORDS && words <= MAX_WORDS,
      `${words} words${words < MIN_WORDS ? ': too short to correct and ask; aim for 15 to 150' : words > MAX_WORDS ? ': trim it to 150 or fewer' : ', within 15 to 150'}.`,
    ),
  );
  add(
    'does-not-accept',
    accepts(doc),
    'You reply without accepting yet.',
    'You accept already (@); reply first, decide once you know more.',
    true,
  );
  const secret = findEmail(text) ?? findPhone(text) ?? findAddress(doc);
  add(
    'keeps-private',
    secret ? { evidence: secret } : null,
    'No contact details shared.',
    'Keep contact details such as @ out of a reply to a stranger.',
    true,
  );
  return tally(out);
}
