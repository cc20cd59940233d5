/**
 * The scenario editor checks drafts with the full zod schema in the browser. zod compiles fast
 * object parsers with `new Function` unless told not to, and the course's CSP forbids eval (the
 * refused probe is reported as a violation), so this turns that off. Imported first by the modules
 * that build or load the full schema in the browser, before src/schemas/scenario.ts is evaluated.
 */
import { config } from 'zod';

config({ jitless: true });
