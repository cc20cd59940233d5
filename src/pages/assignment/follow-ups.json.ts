/**
 * The senders' follow-up messages, loaded by the assignment page when part 2 starts (see
 * src/assignment/public.ts).
 */
import { getCollection } from 'astro:content';
import { assignable, followUpMessages } from '~/assignment/public';

/** Built once, as a static file next to the assignment page. */
export async function GET(): Promise<Response> {
  const messages = followUpMessages(
    (await getCollection('scenarios')).map((e) => e.data).filter(assignable),
  );
  return new Response(JSON.stringify(messages), {
    headers: { 'Content-Type': 'application/json' },
  });
}
