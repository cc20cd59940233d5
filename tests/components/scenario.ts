// The scenario the component tests use: the bank's Betty, parsed as the build parses it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { scenarioSchema, type Scenario } from '~/schemas/scenario';

/** Betty Carter invites through the Classmate route, claiming Duke; the answer is reply. */
export const betty: Scenario = scenarioSchema.parse(
  parse(readFileSync(resolve('src/content/scenarios/betty-same-school.yaml'), 'utf8')),
);

/** A draft that would run script if it were ever rendered as HTML. */
export const HOSTILE =
  '<img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script> Hi';
