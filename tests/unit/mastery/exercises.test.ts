import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { EXERCISE_TAGS, lessonExercises } from '~/mastery';

const LESSONS = 'src/content/lessons';

describe('lessonExercises', () => {
  test('lists every exercise tag in page order with its saved id and anchor', () => {
    const body = `
import VerdictExercise from '~/components/lesson/VerdictExercise.astro';

## Heading

<WorkedExample id="betty-same-school" />
<VerdictExercise id="arjun-wrong-bank" />
Some prose.
<ReplyExercise id='wei-worked-together-empty'/>
<FollowUpExercise id="kwame-logistics-thin-answer" />
<InviteNoteExercise id="lesson8-note-1" name="Priya Raman" headline="Head of Sustainability" />
`;
    expect(lessonExercises(body)).toEqual([
      {
        id: 'verdict:arjun-wrong-bank',
        kind: 'verdict',
        ref: 'arjun-wrong-bank',
        tag: 'VerdictExercise',
        attributes: {},
        anchor: 'verdict-arjun-wrong-bank-title',
      },
      expect.objectContaining({ id: 'reply:wei-worked-together-empty' }),
      expect.objectContaining({ id: 'followup:kwame-logistics-thin-answer' }),
      expect.objectContaining({
        id: 'note:lesson8-note-1',
        attributes: { name: 'Priya Raman', headline: 'Head of Sustainability' },
        anchor: 'note-lesson8-note-1-title',
      }),
    ]);
  });

  test('skips components that are not exercises, tags without an id and repeats', () => {
    const body =
      '<WorkedExample id="a" /><VerdictExercise /><VerdictExercise id="b" /><VerdictExercise id="b" />';
    expect(lessonExercises(body).map((e) => e.id)).toEqual(['verdict:b']);
  });

  test('a tag added to EXERCISE_TAGS is counted with its kind', () => {
    expect(Object.values(EXERCISE_TAGS)).toEqual(
      expect.arrayContaining(['verdict', 'reply', 'followup', 'note', 'conversation', 'spot']),
    );
    for (const [tag, kind] of Object.entries(EXERCISE_TAGS)) {
      expect(lessonExercises(`<${tag} id="x" />`).map((e) => e.id)).toEqual([`${kind}:x`]);
    }
  });

  test('the course has exercises to pass', () => {
    const all = readdirSync(LESSONS)
      .filter((f) => f.endsWith('.mdx'))
      .flatMap((file) => lessonExercises(readFileSync(`${LESSONS}/${file}`, 'utf8')));
    expect(all.length).toBeGreaterThan(20);
  });

  test('every exercise tag used in a lesson is counted (none forgotten in EXERCISE_TAGS)', () => {
    for (const file of readdirSync(LESSONS).filter((f) => f.endsWith('.mdx'))) {
      const body = readFileSync(`${LESSONS}/${file}`, 'utf8');
      const tags = [...body.matchAll(/<([A-Z]\w*Exercise)\b[^>]*\bid=/g)].map((m) => m[1]);
      expect(
        tags.filter((tag) => !(tag! in EXERCISE_TAGS)),
        `${file}: exercise tags missing from EXERCISE_TAGS`,
      ).toEqual([]);
      expect(lessonExercises(body).length).toBe(
        new Set(body.match(/<[A-Z]\w*Exercise\b[^>]*\bid="[^"]+"/g)).size,
      );
    }
  });
});
