/** Negation, which several rules look for near what they match ("I did not go to Duke"). */
import { sharedWords } from './lexicon';
import { set } from './words';

/** Negation words in the languages the course meets (contractions are already expanded). */
export const NEG = /* @__PURE__ */ set(sharedWords.negations);
