import { findElementSpec } from '../catalog';
import { GUIDE } from '../guide-links';
import type { ProfileRule, RuleHit } from '../types';
import { textContent } from '../xml';
import { hit, SOURCE } from './support';

/** Microsoft warns that only lower-case true works in AlwaysOn and RememberCredentials. */
const DOCUMENTED = new Set(['AlwaysOn', 'RememberCredentials']);

export const booleanCaseRule: ProfileRule = {
  id: 'boolean-case',
  severity: 'error',
  title: 'Boolean written in the wrong case',
  message:
    'Write booleans in lower case. Microsoft states that any other case of true in <AlwaysOn> and <RememberCredentials> gives a partial configuration of the profile.',
  guide: GUIDE.profileXmlIntune,
  sources: ['Configure Windows client Always On VPN connections (Microsoft Learn, lower-case true note)', SOURCE.xsd],
  check({ profile }) {
    const hits: RuleHit[] = [];
    for (const ref of profile.elements) {
      const spec = findElementSpec(ref.path);
      if (!spec || spec.value.kind !== 'bool') continue;
      const text = textContent(ref.element);
      const lower = text.toLowerCase();
      if ((lower !== 'true' && lower !== 'false') || text === lower) continue;
      hits.push(
        hit(
          `<${spec.name}> contains "${text}".`,
          DOCUMENTED.has(spec.name)
            ? `Write ${lower} in lower case; Microsoft documents that any other case here leaves the profile partly configured.`
            : `Write ${lower} in lower case, as the XML Schema boolean type requires.`,
          ref.element,
          DOCUMENTED.has(spec.name) ? 'error' : 'warning',
        ),
      );
    }
    return hits;
  },
};
