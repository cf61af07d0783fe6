/**
 * What the error lookup may write into the page address. A link to a lookup
 * is useful (`/errors/?q=809`), but the address ends up in browser history,
 * proxy logs and screenshots, so only one short code or symbol goes there:
 * never pasted event text, which names users (CORP\jdoe) and machines.
 */

/** Longest value written to the address; the longest documented symbol has 46 characters. */
export const MAX_SHAREABLE_LENGTH = 64;

const SHAREABLE_FORMS: readonly RegExp[] = [
  /^-?\d{1,10}$/, // 809, -2146885613
  /^0x[0-9a-f]{1,8}$/i, // 0x329, 0x80092013
  /^nps[ -]?\d{1,3}$/i, // NPS 48, nps-48
  /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/i, // ERROR_VPN_TIMEOUT, vpn_timeout (symbols always hold an underscore)
];

/**
 * The text to keep in `?q=`, trimmed, when it is a single code or symbol;
 * undefined for anything else (several words, several lines, a user or
 * machine name), which then stays in the page only.
 */
export function pickShareableQuery(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > MAX_SHAREABLE_LENGTH) return undefined;
  return SHAREABLE_FORMS.some((form) => form.test(trimmed)) ? trimmed : undefined;
}
