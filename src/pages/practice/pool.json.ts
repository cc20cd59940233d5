/**
 * `/practice/pool.json`: the practice scenarios (`pool: practice`) and nothing else, sorted by
 * id. Lesson pages and the review page do not embed them: "Another one like this" and the review
 * page fetch this file when the learner asks for a new item.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';

/** The practice pool as JSON. */
export const GET: APIRoute = async () => {
  const pool = (await getCollection('scenarios'))
    .map((entry) => entry.data)
    .filter((scenario) => scenario.pool === 'practice')
    .sort((a, b) => a.id.localeCompare(b.id));
  return new Response(JSON.stringify(pool), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
