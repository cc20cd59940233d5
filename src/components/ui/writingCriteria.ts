import type { WritingCriterionId } from '~/grader/types';

/** Names of the reply and note criteria, for the live checklist and the feedback. */
export const WRITING_CRITERIA: Record<WritingCriterionId, string> = {
  'greets-by-name': 'Greets them by name',
  'names-the-claim': 'Names what the invitation claimed',
  'corrects-the-claim': 'Corrects the claim',
  'graceful-out': 'Offers a graceful way out',
  'asks-how-we-know': 'Asks how you know each other',
  'asks-how-to-help': 'Asks how you can help',
  courteous: 'Stays courteous',
  concise: '15 to 150 words (about 40 to 110 is best)',
  'does-not-accept': 'Does not accept yet',
  'keeps-private': 'Keeps your contact details private',
  'says-how-we-know': 'Says how you know them',
  'gives-a-reason': 'Gives a reason to connect',
  'within-limit': 'Fits in 300 characters',
  'no-pitch': 'No sales pitch',
  honest: 'True to how you really know them',
};
