/**
 * Reading the six IKEv2 transform parameters from a PowerShell command line,
 * shared by the server (Set-VpnServerConfiguration) and client
 * (Set-VpnConnectionIPsecConfiguration) parsers: both cmdlets take the same
 * parameter names, and a value is normalised for the side it belongs to.
 */
import type { ParseNote, TransformValues } from './policy';
import type { PsArgument } from './powershell';
import { FIELD_INFO, TRANSFORM_FIELDS, normalizeTransform, type TransformField } from './transforms';

/** A switch parameter is on unless it is given an explicit `$false`. */
export function isSwitchOn(value: string | undefined): boolean {
  return value === undefined || !/^\$?false$/i.test(value);
}

/** The transform a cmdlet parameter sets, such as EncryptionMethod → the encryption field. */
export function fieldForParameter(parameter: string): TransformField | undefined {
  return TRANSFORM_FIELDS.find((field) => FIELD_INFO[field].parameter === parameter);
}

/**
 * Reads one transform parameter into `values`, or explains in `notes` why it
 * could not (no value, a variable this page cannot evaluate, a value the
 * cmdlet does not accept). Returns false when `parameter` is not a transform.
 */
export function readTransformArgument(
  parameter: string,
  argument: Pick<PsArgument, 'value' | 'isUnresolved' | 'line' | 'column'>,
  side: 'server' | 'client',
  values: TransformValues,
  notes: ParseNote[],
): boolean {
  const field = fieldForParameter(parameter);
  if (!field) return false;
  const { value, line, column } = argument;
  if (value === undefined) {
    notes.push({ severity: 'error', message: `-${parameter} has no value.`, line, column });
    return true;
  }
  if (argument.isUnresolved) {
    notes.push({
      severity: 'warning',
      message: `-${parameter} takes its value from ${value}, which this page cannot evaluate; paste the literal value instead.`,
      line,
      column,
    });
    return true;
  }
  const result = normalizeTransform(field, value, side);
  if (!result.ok) {
    notes.push({ severity: 'error', message: result.message, line, column });
    return true;
  }
  values[field] = result.value;
  if (result.note) notes.push({ severity: 'warning', message: result.note, line, column });
  return true;
}
