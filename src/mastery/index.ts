/**
 * Mastery: which exercises each lesson has (read from its MDX) and how many the learner has
 * passed. Pure; the build-time list of every lesson's exercises is in ./lessons (Astro only).
 */
export * from './exercises';
export * from './mastery';
