/** Site-wide names used in titles, the header and the OpenSearch description. */
export const SITE_TITLE = 'Always On VPN Field Guide';
export const SITE_SHORT_TITLE = 'AOVPN Field Guide';
export const SITE_DESCRIPTION =
  'An offline, self-hosted knowledge base for planning, deploying and troubleshooting Windows Always On VPN: RRAS, IKEv2, SSTP, NPS, certificates, Intune and Azure.';

/** Kinds of pages; used for the search filter "type" and for layout choices. */
export type PageKind = 'guide' | 'error' | 'event' | 'tool' | 'page';

export const PAGE_KIND_LABELS: Record<Exclude<PageKind, 'page'>, string> = {
  guide: 'Guide',
  error: 'Error code',
  event: 'Event',
  tool: 'Tool',
};

/** `Title · Always On VPN Field Guide` */
export function documentTitle(pageTitle: string | undefined): string {
  return pageTitle ? `${pageTitle} · ${SITE_TITLE}` : SITE_TITLE;
}
