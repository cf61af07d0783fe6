/**
 * What a search box may write into the page address. Its own module, so the
 * script every page loads does not pull in the code parser.
 */

/**
 * Whether a query may go into the page address (`?q=`): a single short line.
 * Pasted event text names users and machines, and the address lands in
 * browser history and server logs.
 */
export function isAddressSafeQuery(query: string): boolean {
  const trimmed = query.trim();
  return trimmed !== '' && trimmed.length <= 80 && !/[\n\r\\@]/.test(trimmed);
}
