/**
 * Registry paths as pages write them (`HKLM\…`, `HKLM:\…`,
 * `HKEY_LOCAL_MACHINE\…`, `Registry::HKEY_LOCAL_MACHINE\…`), normalised to
 * `HKLM\…` and compared segment by segment, case-insensitively, with `*`
 * standing for one unknown segment on either side.
 */
import type { RegistryKey, RegistryValue } from './types';

const ROOTS: readonly [RegExp, string][] = [
  [/^(?:Microsoft\.PowerShell\.Core\\)?Registry::HKEY_LOCAL_MACHINE(?=\\|$)/i, 'HKLM'],
  [/^HKEY_LOCAL_MACHINE(?=\\|$)/i, 'HKLM'],
  [/^HKLM:?(?=\\|$)/i, 'HKLM'],
];

/** `HKLM\…` for a local-machine path, or undefined when the text is not one. */
export function normaliseRegistryPath(text: string): string | undefined {
  const trimmed = text.trim();
  for (const [pattern, root] of ROOTS) {
    if (!pattern.test(trimmed)) continue;
    const rest = trimmed.replace(pattern, '').replace(/\\+$/, '');
    return `${root}${rest}`;
  }
  return undefined;
}

const segments = (path: string): string[] => path.split('\\').filter((segment) => segment !== '');

/** Do two paths name the same key, `*` matching any one segment? */
export function isSameKey(a: string, b: string): boolean {
  const left = segments(a);
  const right = segments(b);
  if (left.length !== right.length) return false;
  return left.every((segment, index) => {
    const other = right[index] ?? '';
    return segment === '*' || other === '*' || segment.toLowerCase() === other.toLowerCase();
  });
}

/** Does a path ending in `…\X\Y` (an abbreviation written with a leading `...`) match the key? */
export function isSameKeySuffix(suffix: string, key: string): boolean {
  const tail = segments(suffix);
  const whole = segments(key);
  if (tail.length > whole.length) return false;
  return isSameKey(tail.join('\\'), whole.slice(whole.length - tail.length).join('\\'));
}

export function findKey(path: string, keys: readonly RegistryKey[]): RegistryKey | undefined {
  return keys.find((key) => isSameKey(path, key.path));
}

export function valuesUnderKey(path: string, values: readonly RegistryValue[]): RegistryValue[] {
  return values.filter((value) => isSameKey(path, value.path));
}

/** Properties the registry provider adds to every Get-ItemProperty result (Get-ItemProperty and New-ItemProperty help examples). */
export const REGISTRY_PROVIDER_PROPERTIES: readonly string[] = ['PSPath', 'PSParentPath', 'PSChildName', 'PSDrive', 'PSProvider'];
