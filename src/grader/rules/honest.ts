/**
 * honest: the note claims no relationship the facts do not support. The exercise says how the
 * learner really knows the person (`facts.context`: met, introduced, their work, a shared group,
 * school or employer, or none); a note that claims a shared employer ("great to reconnect with a
 * fellow Baltic Freight colleague"), school, group, meeting or friendship the facts do not give,
 * or names the wrong introducer, is not honest. `null` when the exercise gives no facts.
 */
import type { NoteContext, NoteFacts } from '../../schemas/scenario';
import { words } from '../text';
import type { Finding, NoteRule } from './types';

/** A kind of shared past a note can claim. */
type ClaimKind =
  'employer' | 'school' | 'alum' | 'group' | 'met' | 'past' | 'friend' | 'introducer';

/** A claim found in a note: its kind, the learner's words, and a name it gives (an org, a person). */
export interface Claim {
  kind: ClaimKind;
  evidence: string;
  /** The organisation or person the claim names, when it names one. */
  named: string;
  /** Where the claim starts and ends in the note. */
  at: number;
  end: number;
}

// Each pattern finds one kind of claim. Group 1, when present, is what the claim names.
const PATTERNS: readonly [ClaimKind, RegExp][] = [
  [
    'employer',
    /\b(?:fellow|former|old|ex-?)\s+((?:[A-Z][\p{L}&'.-]*\s+){0,3})(?:colleague|co-?worker|teammate)s?\b/u,
  ],
  [
    'employer',
    /\b(?:colleague|co-?worker|teammate)s?\s+(?:at|from)\s+((?:[A-Z][\p{L}&'.-]*\s?){1,4})/u,
  ],
  [
    'employer',
    /\b(?:we\s+(?:both\s+)?(?:worked|work)\s+(?:together|at|for)|(?:working|worked)\s+(?:together|with\s+you)|we\s+(?:did|built|ran|led|shipped)\s+together|(?:on|in)\s+the\s+same\s+(?:team|company|office|department))\b\s*(?:at\s+((?:[A-Z][\p{L}&'.-]*\s?){1,4}))?/iu,
  ],
  // "Fellow Shopify alum", "fellow Wits graduate": a school or an employer, whichever the facts give.
  ['alum', /\b[Ff]ellow\s+((?:[A-Z][\p{L}&'.-]*\s+){1,3})(?:alum\w*|grad(?:uate)?s?)\b/u],
  [
    'school',
    /\b(?:fellow\s+(?:alum\w*|grad(?:uate)?s?|student)|classmates?|(?:we\s+(?:both\s+)?studied|studied\s+together|went\s+to\s+school\s+together)|(?:uni|university|college|school)\s+days|(?:in\s+)?the\s+same\s+(?:class|cohort|course|programme|program))\b/iu,
  ],
  [
    'group',
    /\b(?:(?:you're|you\s+are)\s+(?:in|a\s+member\s+of)\s+(?:the\s+)?|fellow\s+members?|another\s+member\s+of|(?:both|also)\s+(?:a\s+)?members?\s+of|fellow\s+member|we(?:'re|\s+are)\s+both\s+(?:in|members?\s+of|part\s+of)|in\s+the\s+same\s+group)\b\s*(?:of\s+)?((?:[A-Z][\p{L}&'.-]*\s?){0,4})/iu,
  ],
  [
    'met',
    /\b(?:(?:great|nice|good|lovely|pleasure|glad)\s+(?:to\s+)?(?:meet(?:ing)?|see(?:ing)?|chat(?:ting)?|talk(?:ing)?|speak(?:ing)?)\s+(?:with\s+)?you\s+(?:again\s+)?(?:at|after|during|last|yesterday|today|on)|we\s+(?:met|spoke|chatted|talked)(?:\s+(?:at|after|during))?|after\s+our\s+(?:chat|talk|conversation|call)|as\s+(?:we|you)\s+(?:discussed|mentioned))\b\s*(?:the\s+)?((?:[A-Z][\p{L}&'.-]*\s?){0,5})/u,
  ],
  ['past', /\boverlapped\s+(?:at|in)\s+((?:[A-Z][\p{L}&'.-]*\s?){1,3})/u],
  [
    'past',
    /\b(?:re-?connect(?:ing)?|catch(?:ing)?\s+up|(?:see|meet)\s+you\s+again|after\s+all\s+these\s+years|long\s+time\s+no\s+see)\b/iu,
  ],
  [
    'friend',
    /\b(?<!mutual\s)(?<!our\s)(?:my|old|dear|good)\s+(?:\p{L}+\s+)?(?:friend|buddy|pal|mate)\b(?!\s+of\s+mine)/iu,
  ],
  [
    'introducer',
    /\b((?:[A-Z][\p{L}'-]+)(?:\s+[A-Z][\p{L}'-]+)?),?(?:\s+who\s+[^,.!?]{1,60},)?\s+(?:suggested|recommended|mentioned|introduced|told\s+me|gave\s+me|passed\s+(?:me|on)|pointed\s+me|said\s+I\s+should|thought\s+we\s+should|put\s+me\s+in\s+touch)/u,
  ],
  [
    'introducer',
    /\b[Mm]utual\s+(?:friend|contact|colleague|connection)s?,?\s+((?:[A-Z][\p{L}'-]+)(?:\s+[A-Z][\p{L}'-]+)?)/u,
  ],
];

/** Every relationship the note claims. */
export function findClaims(text: string): Claim[] {
  const claims: Claim[] = [];
  for (const [kind, pattern] of PATTERNS) {
    const m = pattern.exec(text);
    if (m) {
      const evidence = m[0].trim();
      claims.push({
        kind,
        evidence,
        named: (m[1] ?? '').trim(),
        at: m.index,
        end: m.index + m[0].length,
      });
    }
  }
  return claims;
}

// The routes that make each kind of claim true.
const SUPPORTED_BY: Record<ClaimKind, readonly NoteContext['via'][]> = {
  employer: ['employer'],
  school: ['school'],
  alum: ['school', 'employer'],
  group: ['group'],
  met: ['met'],
  past: ['met', 'employer', 'school'],
  friend: [],
  introducer: ['introduced'],
};

/** The words of the organisations and people the facts give, for matching what a claim names. */
function knownWords(facts: NoteFacts): Set<string> {
  const { you, context } = facts;
  return new Set(
    [context.detail, context.introducer ?? '', ...you.schools, ...you.employers, ...you.groups]
      .flatMap((s) => words(s))
      .filter((w) => w.length > 1),
  );
}

// Words a claim's capture may hold that name nobody: "She mentioned…", "at the summit".
const NOT_A_NAME = /* @__PURE__ */ new Set(
  'i she he they we you it this that someone somebody everyone the a an my our your their his her at in of and'.split(
    ' ',
  ),
);
const namedWords = (c: Claim) => words(c.named).filter((w) => w.length > 1 && !NOT_A_NAME.has(w));

/** The first claim the facts do not support, or undefined. */
export function falseClaim(claims: readonly Claim[], facts: NoteFacts): Claim | undefined {
  const known = knownWords(facts);
  const via = facts.context.via;
  // "My friend and former colleague Joanna Kowal suggested…", "Mehmet, who worked with you at
  // Trendyol, suggested…": what is said of the introducer is no claim about the target.
  const intro = claims.find((c) => c.kind === 'introducer' && namedWords(c).length);
  const aboutIntroducer = (c: Claim) =>
    !!intro && c !== intro && c.kind !== 'introducer' && c.at < intro.end && c.end > intro.at - 60;
  return claims.find((c) => {
    if (aboutIntroducer(c)) return false;
    const named = namedWords(c);
    // "She mentioned your talk" introduces nobody.
    if (c.kind === 'introducer' && !named.length) return false;
    if (!SUPPORTED_BY[c.kind].includes(via)) return true;
    if (!named.length) return false;
    if (c.kind === 'introducer') {
      const introducer = new Set(words(facts.context.introducer ?? ''));
      return !named.some((w) => introducer.has(w));
    }
    return !named.some((w) => known.has(w));
  });
}

/** The note claims nothing the facts do not support. */
export const honest: NoteRule<'honest', Finding & { claim?: Claim }> = {
  id: 'honest',
  applies: ({ facts }) => !!facts,
  check({ claims, facts }) {
    const claim = falseClaim(claims, facts!);
    return { met: !claim, evidence: claim?.evidence, claim };
  },
  feedback: {
    met: () => 'Everything it says about how you know them is true.',
    unmet: ({ claim }) =>
      claim?.kind === 'introducer'
        ? '@ names someone who did not introduce you: say who really did, or how you really know them.'
        : '@ claims a shared past the facts do not give. Say how you really know them, even if it is only their work.',
    notApplicable: 'No facts to check the note against.',
  },
};
