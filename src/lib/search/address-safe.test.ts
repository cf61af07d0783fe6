import { describe, expect, it } from 'vitest';
import { isAddressSafeQuery } from './address-safe';

describe('isAddressSafeQuery', () => {
  it.each(['809', 'web.config', 'The error code returned on failure is 13801'])('lets the short query %s into the address', (query) => {
    expect(isAddressSafeQuery(query)).toBe(true);
  });

  it.each([
    ['pasted lines', 'Event ID: 20227\nThe error code returned on failure is 809.'],
    ['a domain user', 'CONTOSO\\alice 809'],
    ['an address', 'alice@contoso.com'],
    ['a long paste', 'x'.repeat(81)],
    ['nothing', '   '],
  ])('keeps %s out of the address', (_label, query) => {
    expect(isAddressSafeQuery(query)).toBe(false);
  });
});
