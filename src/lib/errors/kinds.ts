/**
 * The families of codes the knowledge base documents, with the names the
 * pages and the lookup show for them. Order is the order of the filter.
 */
import type { ErrorKind } from './forms';

export interface ErrorKindInfo {
  readonly kind: ErrorKind;
  /** Short name for tables and filters. */
  readonly label: string;
  /** Where the numbers come from. */
  readonly origin: string;
}

export const ERROR_KINDS: readonly ErrorKindInfo[] = [
  { kind: 'ras', label: 'RAS client', origin: 'raserror.h, 600–899' },
  { kind: 'rras', label: 'RRAS', origin: 'mprerror.h, 900 and up' },
  { kind: 'ike', label: 'IKE and IPsec', origin: 'winerror.h, from 13800' },
  { kind: 'win32', label: 'Win32', origin: 'winerror.h' },
  { kind: 'hresult', label: 'HRESULT', origin: 'winerror.h (CERT_E_*, CRYPT_E_*, SEC_E_* and others)' },
  { kind: 'nps', label: 'NPS reason code', origin: 'Network Policy Server' },
];

/** The label of a kind ("RAS client"). */
export function labelErrorKind(kind: ErrorKind): string {
  return ERROR_KINDS.find((info) => info.kind === kind)?.label ?? kind;
}

/** "12 of 56 codes: RAS client." / "56 codes." — what the filtered table announces. */
export function describeShownCount(shown: number, total: number, kindLabel: string | undefined): string {
  if (kindLabel === undefined) return `${total} ${total === 1 ? 'code' : 'codes'}.`;
  return `${shown} of ${total} codes: ${kindLabel}.`;
}
