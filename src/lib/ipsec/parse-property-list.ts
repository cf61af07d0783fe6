/**
 * Reads PowerShell "Name : Value" list output — what Get-VpnServerConfiguration
 * (and Get-VpnServerIPsecConfiguration) print for the server, and what
 * `Get-VpnConnection | Select-Object -ExpandProperty IPsecCustomPolicy` prints
 * for a client connection.
 */
import type { ParseNote, TransformValues } from './policy';
import { FIELD_INFO, findFieldByName, normalizeTransform, type Dialect, type TransformField } from './transforms';

export interface PropertyListResult {
  readonly values: TransformValues;
  /** The CustomPolicy property, when present and readable. */
  readonly customPolicy: boolean | undefined;
  readonly tunnelType: string | undefined;
  readonly notes: ParseNote[];
  /** How many lines looked like "Name : Value". */
  readonly propertyLineCount: number;
  /** How many transform properties were present (with or without a value). */
  readonly transformLineCount: number;
}

const PROPERTY_LINE = /^\s*([A-Za-z][A-Za-z0-9_()]*)\s*:\s?(.*)$/;

export function looksLikePropertyList(text: string): boolean {
  return text.split(/\r\n?|\n/).filter((line) => PROPERTY_LINE.test(line)).length >= 2;
}

export function parsePropertyList(text: string, dialect: Dialect): PropertyListResult {
  const values: TransformValues = {};
  const notes: ParseNote[] = [];
  let customPolicy: boolean | undefined;
  let tunnelType: string | undefined;
  let propertyLineCount = 0;
  let transformLineCount = 0;
  const seen = new Set<TransformField>();
  text.split(/\r\n?|\n/).forEach((rawLine, lineIndex) => {
    const match = PROPERTY_LINE.exec(rawLine);
    if (!match) return;
    propertyLineCount += 1;
    const name = match[1] ?? '';
    const value = (match[2] ?? '').trim();
    const line = lineIndex + 1;
    if (name.toLowerCase() === 'custompolicy') {
      if (/^(true|\$true|1)$/i.test(value)) customPolicy = true;
      else if (/^(false|\$false|0)$/i.test(value)) customPolicy = false;
      return;
    }
    if (name.toLowerCase() === 'tunneltype') {
      tunnelType = value;
      return;
    }
    const field = findFieldByName(name);
    if (!field) return;
    transformLineCount += 1;
    if (seen.has(field)) {
      notes.push({ severity: 'warning', message: `${FIELD_INFO[field].parameter} appears twice; the later value is used.`, line });
    }
    seen.add(field);
    if (value === '') return;
    const result = normalizeTransform(field, value, dialect);
    if (!result.ok) {
      notes.push({ severity: 'error', message: result.message, line, column: rawLine.indexOf(value) + 1 });
      return;
    }
    values[field] = result.value;
    if (result.note) notes.push({ severity: 'warning', message: result.note, line });
  });
  return { values, customPolicy, tunnelType, notes, propertyLineCount, transformLineCount };
}
