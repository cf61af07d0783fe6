/**
 * Ids of error and event entries come from their data, and each file must
 * be named after the id it holds, so `content/errors/809.md` can only hold
 * error 809. A mismatch throws, which stops the build with the fix.
 */
import { canonicalErrorId, type ErrorKind } from './forms';

/**
 * The id of a code comes from its data, and the file must be named after it,
 * so `content/errors/809.md` can only hold error 809.
 */
export function errorIdFromData(entry: string, data: Record<string, unknown>): string {
  const kind = data['kind'] as ErrorKind | undefined;
  let value: number | undefined;
  if (kind === 'hresult' && typeof data['hresult'] === 'string') value = Number.parseInt(data['hresult'], 16);
  else if (kind === 'nps' && typeof data['reasonCode'] === 'number') value = data['reasonCode'];
  else if (typeof data['decimal'] === 'number') value = data['decimal'];
  const fileId = entry.replace(/\.mdx?$/, '');
  if (kind === undefined || value === undefined || Number.isNaN(value)) return fileId;
  const id = canonicalErrorId(kind, value);
  if (id !== fileId) {
    throw new Error(`content/errors/${entry} holds code ${id}; name the file ${id}.md (one file per code, named by its canonical id).`);
  }
  return id;
}

/** `rasclient-20227.md` must hold RasClient event 20227. */
export function eventIdFromData(entry: string, data: Record<string, unknown>): string {
  const fileId = entry.replace(/\.mdx?$/, '');
  const source = data['source'];
  const eventId = data['eventId'];
  if (typeof source !== 'string' || typeof eventId !== 'number') return fileId;
  const id = `${source.toLowerCase()}-${eventId}`;
  if (id !== fileId) {
    throw new Error(`content/events/${entry} holds ${source} event ${eventId}; name the file ${id}.md.`);
  }
  return id;
}
