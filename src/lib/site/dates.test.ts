import { describe, expect, it } from 'vitest';
import { formatIsoDate, formatLongDate } from './dates';

describe('page dates', () => {
  const date = new Date('2026-11-26T00:00:00Z');

  it('writes the machine form as year-month-day', () => {
    expect(formatIsoDate(date)).toBe('2026-11-26');
  });

  it('writes the reader form with the month spelled out, in UTC', () => {
    expect(formatLongDate(date)).toBe('26 November 2026');
  });
});
