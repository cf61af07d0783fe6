import { FIELD_INFO, TRANSFORM_FIELDS } from '../../ipsec/transforms';
import { GUIDE } from '../guide-links';
import type { ProfileRule } from '../types';
import { hit, SOURCE, SUITE } from './support';

/** The server's custom policy pins all six transforms; the client must set all six to match. */
export const cryptoSuiteIncompleteRule: ProfileRule = {
  id: 'crypto-suite-incomplete',
  severity: 'warning',
  title: 'CryptographySuite sets fewer than six transforms',
  message:
    'A custom IKEv2 policy must match the server on all six transforms; leaving one out lets Windows pick a value that may not match.',
  guide: GUIDE.ikev2Cryptography,
  sources: [SOURCE.csp, SOURCE.cryptoHowTo],
  check({ profile }) {
    const suite = profile.first(SUITE);
    if (!suite) return [];
    const missing = TRANSFORM_FIELDS.filter((field) => profile.first(`${SUITE}/${FIELD_INFO[field].xmlElement}`) === undefined);
    if (missing.length === 0) return [];
    return [
      hit(
        `<CryptographySuite> does not set ${missing.map((field) => `<${FIELD_INFO[field].xmlElement}>`).join(', ')}.`,
        'Set all six elements to the values of the server\u2019s custom policy, or expect error 13868 (policy mismatch).',
        suite,
      ),
    ];
  },
};
