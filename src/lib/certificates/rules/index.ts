/** Every certificate rule, in the order the findings are listed within a severity. */
import type { Rule } from '../../rules/contract';
import { aiaPresentRule } from './aia-present';
import { basicConstraintsRule } from './basic-constraints';
import { cdpPresentRule } from './cdp-present';
import { chainOrderRule } from './chain-order';
import { ekuAadConditionalAccessRule } from './eku-aad-conditional-access';
import { ekuClientAuthRule } from './eku-client-auth';
import { ekuIkeIntermediateRule } from './eku-ike-intermediate';
import { ekuServerAuthRule } from './eku-server-auth';
import { keySizeRule } from './key-size';
import { keyUsageRule } from './key-usage';
import { sanDnsMatchesRule } from './san-dns-matches';
import { sanUpnRule } from './san-upn';
import { sidExtensionRule } from './sid-extension';
import { signatureHashRule } from './signature-hash';
import type { CertificateContext } from './support';
import { templateInfoRule } from './template-info';
import { validityCurrentRule } from './validity-current';
import { validityLifetimeRule } from './validity-lifetime';

export const RULES: readonly Rule<CertificateContext>[] = [
  validityCurrentRule,
  ekuServerAuthRule,
  ekuIkeIntermediateRule,
  ekuClientAuthRule,
  ekuAadConditionalAccessRule,
  sanDnsMatchesRule,
  sanUpnRule,
  basicConstraintsRule,
  keyUsageRule,
  keySizeRule,
  signatureHashRule,
  sidExtensionRule,
  cdpPresentRule,
  aiaPresentRule,
  validityLifetimeRule,
  chainOrderRule,
  templateInfoRule,
];

export type { CertificateContext } from './support';
