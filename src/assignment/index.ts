/** Assignments: links that carry them, their fingerprint and the questions they ask. */
export * from './fingerprint';
export * from './items';
export * from './link';
export * from './results';
