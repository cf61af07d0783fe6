/** OpenSearch description, so a browser can add the guide as a search engine. */
import type { APIRoute } from 'astro';
import { SITE_DESCRIPTION, SITE_SHORT_TITLE } from '../lib/site/meta';
import { buildOpenSearchDescription } from '../lib/search/opensearch';

export const GET: APIRoute = ({ site }) => {
  const origin = site ?? new URL('http://localhost:4321');
  const searchUrl = new URL(`${import.meta.env.BASE_URL}search/`, origin).href;
  const iconUrl = new URL(`${import.meta.env.BASE_URL}favicon.svg`, origin).href;
  return new Response(buildOpenSearchDescription({ shortName: SITE_SHORT_TITLE, description: SITE_DESCRIPTION, searchUrl, iconUrl }), {
    headers: { 'Content-Type': 'application/opensearchdescription+xml' },
  });
};
