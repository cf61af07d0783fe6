import { describe, expect, it } from 'vitest';
import { SITE_SECTIONS, describeCurrentSection, stripBase, type SiteSection } from './sections';

const section = (id: SiteSection['id']): SiteSection => {
  const found = SITE_SECTIONS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
};

describe('describeCurrentSection', () => {
  it.each([
    ['errors', '/errors/', 'page'],
    ['errors', '/errors/809/', 'true'],
    ['events', '/events/rasclient-20227/', 'true'],
    ['guide', '/guide/planning/protocols/', 'true'],
    ['tools', '/tools', 'page'],
    ['tools', '/errors/', undefined],
    ['guide', '/', undefined],
  ] as const)('gives the %s link on %s aria-current=%s', (id, pagePath, expected) => {
    expect(describeCurrentSection(section(id), pagePath)).toBe(expected);
  });

  it('does not mistake a section whose name starts the same for the current one', () => {
    expect(describeCurrentSection(section('errors'), '/errors-archive/')).toBeUndefined();
  });
});

describe('stripBase', () => {
  it('removes a sub-path base and keeps the leading slash', () => {
    expect(stripBase('/kb/', '/kb/errors/809/')).toBe('/errors/809/');
    expect(stripBase('/kb', '/kb/')).toBe('/');
  });

  it('leaves a path under the root base as it is', () => {
    expect(stripBase('/', '/guide/')).toBe('/guide/');
  });
});
