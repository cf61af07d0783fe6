import { findElementSpec } from '../catalog';
import { GUIDE } from '../guide-links';
import type { ProfileRule, RuleHit } from '../types';
import { elementChildren } from '../xml';
import { hit, SOURCE } from './support';

/** Single-valued elements (maxOccurs 1 in the XSD) written more than once under the same parent. */
export const duplicateElementRule: ProfileRule = {
  id: 'duplicate-element',
  severity: 'error',
  title: 'Element repeated',
  message: 'Elements that take one value (maxOccurs 1 in the XSD) must appear once; repeats leave it unclear which value applies.',
  guide: GUIDE.profileXmlIntune,
  sources: [SOURCE.xsd],
  check({ profile }) {
    const hits: RuleHit[] = [];
    for (const ref of profile.elements) {
      const spec = findElementSpec(ref.path);
      if (!spec || spec.value.kind === 'opaque') continue;
      const seen = new Map<string, number>();
      for (const child of elementChildren(ref.element)) {
        const childSpec = findElementSpec(`${ref.path}/${child.name}`);
        if (!childSpec || childSpec.isRepeatable) continue;
        const count = (seen.get(child.name) ?? 0) + 1;
        seen.set(child.name, count);
        if (count === 2) {
          hits.push(
            hit(
              `<${child.name}> appears more than once inside <${ref.element.name}>.`,
              `Keep a single <${child.name}>; the schema allows it once.`,
              child,
            ),
          );
        }
      }
    }
    return hits;
  },
};
