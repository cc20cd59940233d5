/** The self-assessment's pure logic: its pool, seeded draws, question grading and scoring. */
export * from './draw';
export * from './pool';
export * from './prng';
export * from './score';
