/**
 * `/quiz/pool.json`: the self-assessment's scenarios (`pool: quiz`) and nothing else. The quiz
 * page does not embed them; its island fetches this file when the learner starts or resumes a set.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { quizPool } from '~/quiz/pool';

/** The quiz pool as JSON, sorted by id. */
export const GET: APIRoute = async () => {
  const bank = (await getCollection('scenarios')).map((e) => e.data);
  return new Response(JSON.stringify(quizPool(bank)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
