/**
 * Compares the server and client policies transform by transform and predicts
 * whether the connection fails with error 13868 (ERROR_IPSEC_IKE_POLICY_MATCH).
 *
 * Model (sources): Richard Hicks, "Always On VPN IKEv2 Policy Mismatch Error":
 * the client must use the same IKEv2 policy as the server or the connection
 * fails with 13868. RFC 7296 §1.2: the SA payloads of IKE_AUTH cannot carry a
 * Diffie-Hellman transform, so the PFS group of a child SA only comes into
 * play when the child SA is rekeyed.
 */
import type { SidePolicy, TransformValues } from './policy';
import { FIELD_INFO, TRANSFORM_FIELDS, spellValue, type TransformField } from './transforms';

export type FieldStatus = 'match' | 'mismatch' | 'missing';

export interface ComparisonRow {
  readonly field: TransformField;
  readonly label: string;
  readonly phase: string;
  readonly server: string | undefined;
  readonly client: string | undefined;
  /** How the client value is spelled in ProfileXML, when it differs from the cmdlet spelling. */
  readonly clientXmlSpelling: string | undefined;
  readonly status: FieldStatus;
}

export type Verdict = 'match' | 'match-defaults' | 'mismatch' | 'likely-mismatch' | 'incomplete' | 'not-compared';

export interface Comparison {
  readonly verdict: Verdict;
  /** True when the checker expects the connection to fail with 13868. */
  readonly predicts13868: boolean;
  readonly rows: readonly ComparisonRow[];
  /** One-sentence verdict. */
  readonly headline: string;
  /** Further sentences explaining the verdict. */
  readonly details: readonly string[];
}

export const VERDICT_LABELS: Record<Verdict, string> = {
  match: 'Match',
  'match-defaults': 'Match (both on Windows defaults)',
  mismatch: 'Mismatch: error 13868 expected',
  'likely-mismatch': 'Likely mismatch: error 13868 expected',
  incomplete: 'Incomplete: cannot decide',
  'not-compared': 'Not compared yet',
};

function buildRows(server: TransformValues, client: TransformValues): ComparisonRow[] {
  return TRANSFORM_FIELDS.map((field) => {
    const serverValue = server[field];
    const clientValue = client[field];
    const status: FieldStatus =
      serverValue === undefined || clientValue === undefined ? 'missing' : serverValue === clientValue ? 'match' : 'mismatch';
    const xmlSpelling = clientValue === undefined ? undefined : spellValue(field, clientValue, 'profilexml');
    return {
      field,
      label: FIELD_INFO[field].label,
      phase: FIELD_INFO[field].phase,
      server: serverValue,
      client: clientValue,
      clientXmlSpelling: xmlSpelling !== clientValue ? xmlSpelling : undefined,
      status,
    };
  });
}

/** Compares two policies. */
export function comparePolicies(server: SidePolicy | undefined, client: SidePolicy | undefined): Comparison {
  const rows = buildRows(server?.values ?? {}, client?.values ?? {});
  if (!server || !client) {
    const missingSide = !server && !client ? 'either side' : !server ? 'the server' : 'the client';
    return {
      verdict: 'not-compared',
      predicts13868: false,
      rows,
      headline: `No policy read for ${missingSide} yet.`,
      details: [],
    };
  }
  if (server.mode === 'default' && client.mode === 'default') {
    return {
      verdict: 'match-defaults',
      predicts13868: false,
      rows,
      headline: 'Both sides use the Windows default proposals, so they negotiate, but with weak cryptography.',
      details: [
        'Microsoft documents the defaults for the IKE exchange as DES3, SHA1 and DH group 2 and calls them not secure. Set a custom policy on both sides (the recommended pair below does that).',
      ],
    };
  }
  if (server.mode !== client.mode) {
    const customSide = server.mode === 'custom' ? 'server' : 'client';
    const defaultSide = customSide === 'server' ? 'client' : 'server';
    return {
      verdict: 'likely-mismatch',
      predicts13868: true,
      rows,
      headline: `The ${customSide} pins a custom policy but the ${defaultSide} uses the Windows defaults, so they are unlikely to agree.`,
      details: [
        `A custom policy offers or accepts exactly one proposal. The ${defaultSide} must be given the same six values; generate them below.`,
      ],
    };
  }
  const mismatched = rows.filter((row) => row.status === 'mismatch');
  const missing = rows.filter((row) => row.status === 'missing');
  if (mismatched.length > 0) {
    const onlyPfs = mismatched.every((row) => row.field === 'pfsGroup');
    const names = mismatched.map((row) => `${FIELD_INFO[row.field].parameter} (server ${row.server ?? '?'}, client ${row.client ?? '?'})`);
    const details = [`Different: ${names.join('; ')}.`];
    if (onlyPfs) {
      details.push(
        'Only the PFS group differs. RFC 7296 negotiates it when a child SA is rekeyed, so the tunnel may connect and then drop at the first rekey (after SALifeTimeSeconds); make both sides equal.',
      );
    }
    if (missing.length > 0) {
      details.push(`Not set on one side: ${missing.map((row) => FIELD_INFO[row.field].parameter).join(', ')}.`);
    }
    return {
      verdict: 'mismatch',
      predicts13868: true,
      rows,
      headline: `${mismatched.length} of 6 transforms differ, so the negotiation fails (ERROR_IPSEC_IKE_POLICY_MATCH).`,
      details,
    };
  }
  if (missing.length > 0) {
    return {
      verdict: 'incomplete',
      predicts13868: false,
      rows,
      headline: `The values that are set agree, but ${missing.length} of 6 are not set on one side.`,
      details: [
        `Not set: ${missing.map((row) => FIELD_INFO[row.field].parameter).join(', ')}. Windows fills a missing value itself, which may not match; set all six on both sides.`,
      ],
    };
  }
  return {
    verdict: 'match',
    predicts13868: false,
    rows,
    headline: 'All six transforms match: this pair negotiates.',
    details: [],
  };
}
