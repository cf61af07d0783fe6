import { childNamesOf, ELEMENTS, findElementSpec, pathsNamed } from '../catalog';
import { GUIDE } from '../guide-links';
import type { ProfileRule, RuleHit } from '../types';
import { suggestName } from '../suggest';
import { hit, SOURCE } from './support';

const ALL_NAMES = [...new Set(ELEMENTS.map((spec) => spec.name))];

/** Elements the VPNv2 CSP does not define, usually typos or case slips; suggests the nearest known name. */
export const unknownElementRule: ProfileRule = {
  id: 'unknown-element',
  severity: 'error',
  title: 'Unknown or misspelt element',
  message: 'Every element must be one the VPNv2 CSP defines at that place; a misspelt name is not applied.',
  guide: GUIDE.profileXmlIntune,
  sources: [SOURCE.csp, SOURCE.xsd, SOURCE.xmlSpec],
  check({ profile }) {
    const hits: RuleHit[] = [];
    for (const ref of profile.elements) {
      if (ref.parentPath === '' || findElementSpec(ref.path)) continue;
      // Known name in the wrong place: the misplaced-element rule reports it.
      if (pathsNamed(ref.element.name).length > 0) continue;
      const parentSpec = findElementSpec(ref.parentPath);
      if (!parentSpec) continue;
      if (parentSpec.value.kind === 'opaque') continue;
      const siblings = childNamesOf(ref.parentPath);
      const caseMatch = siblings.find((name) => name.toLowerCase() === ref.element.name.toLowerCase());
      const parentName = ref.parentPath.slice(ref.parentPath.lastIndexOf('/') + 1);
      if (caseMatch) {
        hits.push(
          hit(
            `<${ref.element.name}> differs only in case from <${caseMatch}>.`,
            `Write <${caseMatch}>; XML names are case-sensitive, so Windows may not apply this element.`,
            ref.element,
          ),
        );
        continue;
      }
      const suggestion = suggestName(ref.element.name, siblings);
      const elsewhere = suggestion ? undefined : ELEMENTS.find((spec) => spec.name === suggestName(ref.element.name, ALL_NAMES));
      let expected: string;
      if (suggestion) expected = `Did you mean <${suggestion}>? Unknown elements are not applied.`;
      else if (elsewhere) {
        const place = elsewhere.path
          .split('/')
          .slice(0, -1)
          .map((part) => `<${part}>`)
          .join(' › ');
        expected = `Did you mean <${elsewhere.name}>, which belongs inside ${place}? Unknown elements are not applied.`;
      } else expected = `Remove it or use one of: ${siblings.join(', ') || 'no child elements are defined here'}.`;
      hits.push(hit(`<${ref.element.name}> is not an element the VPNv2 CSP defines inside <${parentName}>.`, expected, ref.element));
    }
    return hits;
  },
};
