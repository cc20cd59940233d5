/** Where the course explains each red flag: the lesson and the section a learner can read. */
import type { RedFlag } from '../schemas/scenario';

/** A section of a lesson. */
export interface LessonRef {
  /** "Lesson 3: False claims". */
  title: string;
  href: string;
}

const falseClaims = (section: string): LessonRef => ({
  title: 'Lesson 3: False claims',
  href: `/lessons/03-false-claims/#${section}`,
});
const warningSigns = (section: string): LessonRef => ({
  title: 'Lesson 4: Quiet routes and other warning signs',
  href: `/lessons/04-quiet-routes-and-warning-signs/#${section}`,
});

/** The lesson section that explains each red flag. */
export const FLAG_LESSONS: Record<RedFlag, LessonRef> = {
  'false-colleague': falseClaims('colleague'),
  'false-classmate': falseClaims('classmate'),
  'false-worked-together': falseClaims('worked-together'),
  'false-friend': falseClaims('friend'),
  'unexplained-other': warningSigns('other-with-your-email-address'),
  'unexplained-group': warningSigns('a-shared-group'),
  'no-reason': warningSigns('the-default-note-and-the-empty-note'),
  'sales-pitch': warningSigns('sales-pitches'),
  'suspicious-profile': warningSigns('suspicious-profiles'),
};

/** The decision flow (lesson 5), the reply (lesson 6) and reading the answer (lesson 7). */
export const FLOW_LESSON: LessonRef = {
  title: 'Lesson 5: Your three choices',
  href: '/lessons/05-your-three-choices/#the-decision-flow',
};
export const REPLY_LESSON: LessonRef = {
  title: 'Lesson 6: Writing the clarifying reply',
  href: '/lessons/06-writing-the-clarifying-reply/#the-parts-of-a-good-reply',
};
export const ANSWER_LESSON: LessonRef = {
  title: 'Lesson 7: After they answer',
  href: '/lessons/07-after-they-answer/#reading-the-answer',
};
