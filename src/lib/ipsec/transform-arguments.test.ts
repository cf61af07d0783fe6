import { describe, expect, it } from 'vitest';
import type { ParseNote, TransformValues } from './policy';
import { fieldForParameter, isSwitchOn, readTransformArgument } from './transform-arguments';

describe('isSwitchOn', () => {
  it.each([
    [undefined, true],
    ['$true', true],
    ['$false', false],
    ['false', false],
    ['$False', false],
  ])('reads a switch written as %s as %s', (value, expected) => {
    expect(isSwitchOn(value)).toBe(expected);
  });
});

describe('readTransformArgument', () => {
  const at = { line: 1, column: 5 };

  it('ignores parameters that are not transforms', () => {
    const values: TransformValues = {};
    const notes: ParseNote[] = [];
    expect(readTransformArgument('TunnelType', { value: 'IKEv2', isUnresolved: false, ...at }, 'server', values, notes)).toBe(false);
    expect(values).toEqual({});
    expect(notes).toEqual([]);
  });

  it('reads the server spelling of a GCM cipher into the shared value', () => {
    const values: TransformValues = {};
    const notes: ParseNote[] = [];
    readTransformArgument('EncryptionMethod', { value: 'GCMAES256', isUnresolved: false, ...at }, 'server', values, notes);
    const field = fieldForParameter('EncryptionMethod');
    expect(field).toBeDefined();
    expect(field && values[field]).toBeDefined();
    expect(notes.filter((note) => note.severity === 'error')).toEqual([]);
  });

  it('says a variable cannot be evaluated instead of guessing its value', () => {
    const values: TransformValues = {};
    const notes: ParseNote[] = [];
    readTransformArgument('DHGroup', { value: '$dh', isUnresolved: true, ...at }, 'client', values, notes);
    expect(values).toEqual({});
    expect(notes).toEqual([expect.objectContaining({ severity: 'warning', line: 1, column: 5 })]);
  });

  it('reports a parameter given without a value as an error at its position', () => {
    const notes: ParseNote[] = [];
    readTransformArgument('PfsGroup', { value: undefined, isUnresolved: false, ...at }, 'client', {}, notes);
    expect(notes).toEqual([{ severity: 'error', message: '-PfsGroup has no value.', line: 1, column: 5 }]);
  });
});
