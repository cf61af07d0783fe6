/**
 * /error-index.json: the error lookup's index (every code and event, their
 * forms and symbols), for the search boxes to recognise codes in pasted
 * text with the same parser as the lookup. Fetched once, on first search.
 */
import type { APIRoute } from 'astro';
import { getErrorCatalog } from '../data/errors';

export const GET: APIRoute = async () => {
  const { index } = await getErrorCatalog();
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
};
