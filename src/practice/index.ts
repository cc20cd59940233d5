/** Practice items of the same skill ("Another one like this", the review page). Pure TS. */
export * from './similar';
