import { gradeTransform } from '../../ipsec/grade';
import { FIELD_INFO, normalizeTransform, TRANSFORM_FIELDS } from '../../ipsec/transforms';
import { GUIDE } from '../guide-links';
import type { ProfileRule, RuleHit } from '../types';
import { textContent } from '../xml';
import { hit, SOURCE, SUITE } from './support';

/** Weak transforms pinned in the CryptographySuite. */
export const cryptoWeakRule: ProfileRule = {
  id: 'crypto-weak',
  severity: 'warning',
  title: 'Weak transform in the CryptographySuite',
  message: 'DES, 3DES, MD5, SHA1 and DH groups 1 and 2 are weak; Microsoft calls the DES3/SHA1/DH2 defaults not secure.',
  guide: GUIDE.cryptoHardening,
  sources: [SOURCE.cryptoHowTo, SOURCE.hicksBaseline],
  check({ profile }) {
    const hits: RuleHit[] = [];
    for (const field of TRANSFORM_FIELDS) {
      const element = profile.first(`${SUITE}/${FIELD_INFO[field].xmlElement}`);
      if (!element) continue;
      const result = normalizeTransform(field, textContent(element), 'profilexml');
      if (!result.ok) continue;
      const graded = gradeTransform(field, result.value);
      if (graded.grade !== 'weak') continue;
      hits.push(
        hit(
          `<${FIELD_INFO[field].xmlElement}> is ${textContent(element)}: ${graded.reason}`,
          'Choose a stronger value on both the server and the client, e.g. the enhanced baseline (AES-GCM, SHA256, DH group 14, ECP256).',
          element,
        ),
      );
    }
    return hits;
  },
};
