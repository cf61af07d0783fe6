import { describe, expect, it } from 'vitest';
import { errorIdFromData, eventIdFromData } from './entry-ids';

describe('errorIdFromData', () => {
  it.each([
    ['809.md', { kind: 'ras', decimal: 809 }, '809'],
    ['0x80092013.md', { kind: 'hresult', hresult: '0x80092013' }, '0x80092013'],
    ['0x800b0109.md', { kind: 'hresult', hresult: '0x800B0109' }, '0x800b0109'],
    ['nps-48.md', { kind: 'nps', reasonCode: 48 }, 'nps-48'],
  ])('names %s after the code it holds', (file, data, id) => {
    expect(errorIdFromData(file, data)).toBe(id);
  });

  it('stops the build when a file holds another code, saying what to rename it to', () => {
    expect(() => errorIdFromData('808.md', { kind: 'ras', decimal: 809 })).toThrow(
      'content/errors/808.md holds code 809; name the file 809.md',
    );
  });

  it('leaves incomplete data to the schema, which reports the missing field', () => {
    expect(errorIdFromData('809.md', { kind: 'ras' })).toBe('809');
  });
});

describe('eventIdFromData', () => {
  it('names an event file after its lowercase source and id', () => {
    expect(eventIdFromData('rasclient-20227.md', { source: 'RasClient', eventId: 20227 })).toBe('rasclient-20227');
  });

  it('stops the build when the file name and the event disagree', () => {
    expect(() => eventIdFromData('nps-6272.md', { source: 'NPS', eventId: 6273 })).toThrow('name the file nps-6273.md');
  });
});
