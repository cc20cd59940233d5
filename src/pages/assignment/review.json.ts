/**
 * The answer key of the assignment page, loaded only after the student presses Finish (see
 * src/assignment/public.ts): every scenario assignments may use, in full.
 */
import { getCollection } from 'astro:content';
import { assignable, type ReviewData } from '~/assignment/public';

/** Built once, as a static file next to the assignment page. */
export async function GET(): Promise<Response> {
  const data: ReviewData = {
    scenarios: (await getCollection('scenarios')).map((e) => e.data).filter(assignable),
  };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
}
