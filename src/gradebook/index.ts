/** The instructor's gradebook: open, parse, regrade, summarise and export results files. */
export * from './archive';
export * from './csv';
export * from './grade';
export * from './gradebook';
export * from './overrides';
export * from './parse';
export * from './summary';
