/** The instructor's gradebook: parse, regrade, summarise and export results files. */
export * from './csv';
export * from './grade';
export * from './gradebook';
export * from './parse';
export * from './summary';
