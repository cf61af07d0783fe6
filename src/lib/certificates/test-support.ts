/** Reads the committed fixture certificates (see fixtures/make-fixtures.sh). Test-only. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type FixtureName = 'root' | 'issuing' | 'sstp' | 'sstp-long' | 'ikev2' | 'user' | 'user-sid-uri' | 'entra' | 'weak';

/** An instant inside the validity of every fixture (they were made on 2026-12-02; the shortest lasts 30 days). */
export const FIXTURE_NOW = Date.UTC(2026, 11, 15);

export function readFixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`fixtures/${name}`, import.meta.url)), 'utf8');
}

export function readFixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fileURLToPath(new URL(`fixtures/${name}`, import.meta.url))));
}

export function pem(...names: FixtureName[]): string {
  return names.map((name) => readFixture(`${name}.pem`)).join('\n');
}

/** The digest OpenSSL printed for a fixture, as lowercase hex. */
export function opensslDigest(name: 'sstp' | 'root', algorithm: 'sha1' | 'sha256'): string {
  const line = readFixture(`${name}.${algorithm}.txt`);
  return line
    .slice(line.indexOf('=') + 1)
    .trim()
    .replaceAll(':', '')
    .toLowerCase();
}
