/** The kinds of question the course asks about a scenario: one table, read everywhere. */
export * from './kinds';
