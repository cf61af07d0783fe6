import { normalizeTransform, FIELD_INFO, listAcceptedSpellings } from '../../ipsec/transforms';
import { findElementSpec } from '../catalog';
import { GUIDE } from '../guide-links';
import type { ProfileRule, RuleHit } from '../types';
import { textContent } from '../xml';
import { hit, SOURCE } from './support';

/**
 * CryptographySuite values must use the ProfileXML spellings, which differ from
 * the cmdlet ones for two values: EncryptionMethod AES_GCM_128 (cmdlet GCMAES128)
 * and IntegrityCheckMethod SHA196 (cmdlet SHA1).
 */
export const cryptoValueSpellingRule: ProfileRule = {
  id: 'crypto-value-spelling',
  severity: 'error',
  title: 'CryptographySuite value spelled for a cmdlet or unknown',
  message: 'Each CryptographySuite element takes the VPNv2 CSP spelling; the cmdlets spell some of the same transforms differently.',
  guide: GUIDE.ikev2Cryptography,
  sources: [SOURCE.csp, 'Set-VpnServerConfiguration reference (Microsoft Learn)', SOURCE.hicksUser],
  check({ profile }) {
    const hits: RuleHit[] = [];
    for (const ref of profile.elements) {
      const spec = findElementSpec(ref.path);
      if (!spec || spec.value.kind !== 'crypto') continue;
      const field = spec.value.field;
      const written = textContent(ref.element);
      const result = normalizeTransform(field, written, 'profilexml');
      const accepted = listAcceptedSpellings(field, 'profilexml').join(', ');
      if (!result.ok) {
        hits.push(hit(`<${FIELD_INFO[field].xmlElement}> contains "${written}".`, `Expected one of: ${accepted}.`, ref.element));
        continue;
      }
      if (!result.isNativeSpelling) {
        hits.push(
          hit(
            `<${FIELD_INFO[field].xmlElement}> contains "${written}".`,
            result.expectedSpelling === undefined
              ? `ProfileXML cannot express this value; expected one of: ${accepted}.`
              : `Write ${result.expectedSpelling}: ${result.note ?? ''}`.trim(),
            ref.element,
          ),
        );
      }
    }
    return hits;
  },
};
