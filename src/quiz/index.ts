/** The self-assessment's pure logic: seeded draws, question grading and scoring. */
export * from './draw';
export * from './prng';
export * from './score';
