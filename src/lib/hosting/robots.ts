/**
 * robots.txt and the robots meta tag, from the KB_ROBOTS build setting.
 * Public builds (the default) let search engines index the guide; internal
 * builds (KB_ROBOTS=noindex) ask every crawler to stay out and mark every
 * page noindex.
 */
import { withBase } from '../site/url';

/** What the build tells search engines. */
export type RobotsPolicy = 'index' | 'noindex';

const POLICIES: readonly RobotsPolicy[] = ['index', 'noindex'];

/** Reads KB_ROBOTS: unset or empty means `index`; anything else must be `index` or `noindex`. */
export function parseRobotsPolicy(value: string | undefined): RobotsPolicy {
  const trimmed = (value ?? '').trim().toLowerCase();
  if (trimmed === '') return 'index';
  const policy = POLICIES.find((candidate) => candidate === trimmed);
  if (!policy)
    throw new Error(`KB_ROBOTS is "${value ?? ''}"; expected "index" (public builds, the default) or "noindex" (internal builds).`);
  return policy;
}

export interface RobotsTxtOptions {
  readonly policy: RobotsPolicy;
  /** Base path the site is served from, e.g. `/kb/`. */
  readonly base: string;
  /** Public origin (KB_SITE) when it is set; the sitemap line needs an absolute address. */
  readonly site?: string | undefined;
}

/** The robots.txt for the site root. */
export function buildRobotsTxt({ policy, base, site }: RobotsTxtOptions): string {
  if (policy === 'noindex') {
    return ['# An internal build (KB_ROBOTS=noindex): crawlers that follow robots.txt stay out.', 'User-agent: *', 'Disallow: /', ''].join(
      '\n',
    );
  }
  const lines = ['User-agent: *', 'Allow: /'];
  if (site) lines.push('', `Sitemap: ${new URL(withBase(base, '/sitemap-index.xml'), site).href}`);
  return [...lines, ''].join('\n');
}

/** Content of `<meta name="robots">`, or undefined when pages need none. */
export function robotsMetaContent(policy: RobotsPolicy): string | undefined {
  return policy === 'noindex' ? 'noindex, nofollow' : undefined;
}
