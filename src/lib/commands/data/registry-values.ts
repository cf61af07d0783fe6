/**
 * Every registry key and value the guide names, declared once with its type,
 * meaning and source. The checker fails when a page names a key or value
 * that is not here, or gives a value a different key or type.
 */
import type { RegistryKey, RegistryValue } from '../types';

export const REGISTRY_KEYS: readonly RegistryKey[] = [];

export const REGISTRY_VALUES: readonly RegistryValue[] = [];
