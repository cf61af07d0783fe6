import { describe, expect, it } from 'vitest';
import { buildRobotsTxt, parseRobotsPolicy, robotsMetaContent } from './robots';

describe('parseRobotsPolicy', () => {
  it.each([
    [undefined, 'index'],
    ['', 'index'],
    ['index', 'index'],
    ['noindex', 'noindex'],
    [' NoIndex ', 'noindex'],
  ])('reads %j as %j', (value, expected) => {
    expect(parseRobotsPolicy(value)).toBe(expected);
  });

  it('names the setting and the accepted values when the value is unknown', () => {
    expect(() => parseRobotsPolicy('private')).toThrow(
      'KB_ROBOTS is "private"; expected "index" (public builds, the default) or "noindex" (internal builds).',
    );
  });
});

describe('buildRobotsTxt', () => {
  it('allows every crawler in a public build', () => {
    expect(buildRobotsTxt({ policy: 'index', base: '/' })).toBe('User-agent: *\nAllow: /\n');
  });

  it('points at the sitemap under the base path when the public origin is set', () => {
    const text = buildRobotsTxt({ policy: 'index', base: '/kb/', site: 'https://vpnguide.example' });
    expect(text).toContain('Allow: /\n');
    expect(text).toContain('\nSitemap: https://vpnguide.example/kb/sitemap-index.xml\n');
  });

  it('disallows everything in an internal build and names no sitemap', () => {
    const text = buildRobotsTxt({ policy: 'noindex', base: '/', site: 'https://vpnguide.example' });
    expect(text).toMatch(/^User-agent: \*\nDisallow: \/\n$/m);
    expect(text).not.toContain('Sitemap');
    expect(text).not.toContain('Allow: /');
  });
});

describe('robotsMetaContent', () => {
  it('marks pages noindex only in an internal build', () => {
    expect(robotsMetaContent('noindex')).toBe('noindex, nofollow');
    expect(robotsMetaContent('index')).toBeUndefined();
  });
});
