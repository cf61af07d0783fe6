import { findElementSpec, pathsNamed } from '../catalog';
import { GUIDE } from '../guide-links';
import type { ProfileRule, RuleHit } from '../types';
import { hit, SOURCE } from './support';

function describePath(path: string): string {
  const parts = path.split('/');
  parts.pop();
  return parts.map((part) => `<${part}>`).join(' › ');
}

/** A known element under the wrong parent, e.g. DisableClassBasedDefaultRoute outside NativeProfile. */
export const misplacedElementRule: ProfileRule = {
  id: 'misplaced-element',
  severity: 'error',
  title: 'Element in the wrong place',
  message: 'A known element placed under the wrong parent is not read where Windows looks for it.',
  guide: GUIDE.profileXmlIntune,
  sources: [SOURCE.xsd],
  check({ profile }) {
    const hits: RuleHit[] = [];
    for (const ref of profile.elements) {
      if (ref.parentPath === '' || findElementSpec(ref.path)) continue;
      const parentSpec = findElementSpec(ref.parentPath);
      if (!parentSpec || parentSpec.value.kind === 'opaque') continue;
      const places = pathsNamed(ref.element.name);
      if (places.length === 0) continue;
      const parentName = ref.parentPath.slice(ref.parentPath.lastIndexOf('/') + 1);
      hits.push(
        hit(
          `<${ref.element.name}> is inside <${parentName}>.`,
          `Move it to ${places.map(describePath).join(' or ')}; in this place it is not applied.`,
          ref.element,
        ),
      );
    }
    return hits;
  },
};
