/**
 * The words of `/my-invitation/`: how each question is put for the route the learner chose, the
 * choices, and the names of the page's steps. Kept apart from the island so it reads as text.
 */
import type { BenefitAnswer, ClaimAnswer, YesNo } from '~/schemas/invitation-description';
import type { Route } from '~/schemas/scenario';

/** The routes as the question offers them, with what each one says. */
export const ROUTE_CHOICES: Record<Route, string> = {
  colleague: 'Colleague: you worked at the same company',
  classmate: 'Classmate: you studied at the same school',
  'worked-together': 'Worked together: at different companies, on the same work',
  friend: 'Friend',
  other: 'Other: they typed your email address',
  group: 'Group: you are both in a LinkedIn group',
  none: 'No route shown',
};

/** The label of the claim's field, for the routes that name a place. */
export const CLAIM_LABELS: Partial<Record<Route, string>> = {
  colleague: 'Which company does it name?',
  classmate: 'Which school does it name?',
  'worked-together': 'Which company does it name? (if any)',
  group: 'Which group does it name?',
};

/** The question about your own facts, and its choices, for a route. */
export function factQuestion(
  via: Route,
  who: string,
  claim: string,
):
  | { field: 'claimHolds'; question: string; choices: Partial<Record<ClaimAnswer, string>> }
  | { field: 'knowThem'; question: string; choices: Record<YesNo, string> } {
  const at = claim ? ` at ${claim}` : '';
  const there = claim || 'there';
  switch (via) {
    case 'colleague':
      return {
        field: 'claimHolds',
        question: `Did you and ${who} really work together${at}?`,
        choices: {
          yes: 'Yes, we worked together',
          'place-only': `I work or worked ${claim ? `at ${claim}` : 'there'}, but not with ${who}`,
          no: `No, I never worked ${claim ? `at ${claim}` : 'there'}`,
        },
      };
    case 'classmate':
      return {
        field: 'claimHolds',
        question: `Did you and ${who} really study together${at}?`,
        choices: {
          yes: 'Yes, we studied together',
          'place-only': `I studied ${claim ? `at ${claim}` : 'there'}, but not with ${who} (or not at the same time)`,
          no: `No, I never studied ${claim ? `at ${claim}` : 'there'}`,
        },
      };
    case 'worked-together':
      return {
        field: 'claimHolds',
        question: `Have you and ${who} really worked together${at}?`,
        choices: claim
          ? {
              yes: 'Yes, we worked together',
              'place-only': `I know ${there}, but I never worked with ${who}`,
              no: `No, we never worked together`,
            }
          : { yes: 'Yes, we worked together', no: 'No, we never worked together' },
      };
    case 'friend':
      return {
        field: 'claimHolds',
        question: `Are you and ${who} really friends?`,
        choices: { yes: 'Yes, we know each other', no: 'No, we have never met' },
      };
    default:
      return {
        field: 'knowThem',
        question: `Do you know ${who} personally?`,
        choices: { yes: 'Yes, I know them', no: 'No, I don’t' },
      };
  }
}

/** The label of "your own place" for the correction, where the route makes a claim about one. */
export const OWN_PLACE_LABELS: Partial<Record<Route, string>> = {
  colleague: 'Where do you work? (optional)',
  classmate: 'Where did you study? (optional)',
  'worked-together': 'Where do you work? (optional)',
};

/** Lesson 5's question, answered in the learner's words. */
export const BENEFIT_CHOICES: Record<BenefitAnswer, string> = {
  yes: 'Yes, there could be',
  no: 'No, I can’t see any',
  unsure: 'I’m not sure',
};

/** The steps of the page, in order, and the part of the journey each belongs to. */
export const STEPS = [
  { id: 'sender', part: 'Describe it' },
  { id: 'route', part: 'Describe it' },
  { id: 'note', part: 'Describe it' },
  { id: 'facts', part: 'Describe it' },
  { id: 'profile', part: 'Describe it' },
  { id: 'reading', part: 'What the course sees' },
  { id: 'decision', part: 'What to do' },
  { id: 'reply', part: 'Your reply' },
  { id: 'answer', part: 'After they answer' },
] as const;
/** One step's id. */
export type StepId = (typeof STEPS)[number]['id'];

/** How many questions "Describe it" asks. */
export const QUESTION_COUNT = STEPS.filter((s) => s.part === 'Describe it').length;
