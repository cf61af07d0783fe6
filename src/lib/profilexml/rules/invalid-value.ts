import { findElementSpec, parseBoolean } from '../catalog';
import { GUIDE } from '../guide-links';
import type { ProfileRule, RuleHit } from '../types';
import { elementChildren, textContent } from '../xml';
import { hit, SOURCE } from './support';

/** Values that do not fit the element's type: booleans, numbers and ranges, and enumerations. */
export const invalidValueRule: ProfileRule = {
  id: 'invalid-value',
  severity: 'error',
  title: 'Value the CSP does not accept',
  message: 'Booleans must be true or false, numbers must be whole and in range, and enumerations must use a listed value.',
  guide: GUIDE.profileXmlIntune,
  sources: [SOURCE.csp, SOURCE.xsd],
  check({ profile }) {
    const hits: RuleHit[] = [];
    for (const ref of profile.elements) {
      const spec = findElementSpec(ref.path);
      if (!spec) continue;
      const { element } = ref;
      const value = spec.value;
      const text = textContent(element);
      const hasChildren = elementChildren(element).length > 0;
      const name = `<${element.name}>`;
      switch (value.kind) {
        case 'bool':
          if (parseBoolean(text) === undefined) {
            hits.push(hit(`${name} contains "${text}".`, `Expected true or false.`, element));
          }
          break;
        case 'int': {
          const isWhole = /^\d+$/.test(text);
          const number = isWhole ? Number(text) : Number.NaN;
          if (!isWhole || number < value.min || number > value.max) {
            hits.push(hit(`${name} contains "${text}".`, `Expected a whole number from ${value.min} to ${value.max}.`, element));
          }
          break;
        }
        case 'enum': {
          const match = value.values.find((candidate) => candidate.toLowerCase() === text.toLowerCase());
          if (!match) {
            hits.push(hit(`${name} contains "${text}".`, `Expected one of: ${value.values.join(', ')}.`, element));
          }
          break;
        }
        case 'string':
          if (hasChildren) {
            hits.push(hit(`${name} contains child elements.`, 'Expected plain text.', element));
          }
          break;
        case 'container':
          if (text !== '' && hasChildren) {
            hits.push(hit(`${name} mixes text ("${text.slice(0, 40)}") with child elements.`, 'Expected only child elements.', element));
          } else if (text !== '' && !hasChildren) {
            hits.push(hit(`${name} contains text ("${text.slice(0, 40)}").`, 'Expected child elements, not text.', element));
          }
          break;
        default:
          break;
      }
    }
    return hits;
  },
};
