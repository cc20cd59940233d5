import type { Persona } from '../../schemas/scenario';

const list = (items: readonly string[]) =>
  new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }).format(items);

/** What the learner needs to know about "you" to judge an invitation, as short sentences. */
export function personaFacts(you: Persona): string[] {
  return [
    you.schools.length ? `You studied at ${list(you.schools)}.` : '',
    you.employers.length ? `You work or have worked at ${list(you.employers)}.` : '',
    you.groups.length ? `Your LinkedIn groups: ${list(you.groups)}.` : '',
    you.knows.length ? `People you know: ${list(you.knows)}.` : '',
  ].filter(Boolean);
}
