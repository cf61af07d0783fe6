/** How pages print dates: `2026-11-26` for machines (datetime attributes), `26 November 2026` for readers. */
export function formatIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function formatLongDate(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
