/**
 * File-name conventions of the guide: folders and files carry a numeric
 * prefix (`01-planning/02-protocols.mdx`) that orders the sidebar and is
 * dropped from ids and URLs (`planning/protocols`).
 */

/** A path segment split into its sort order and its URL slug. */
export interface OrderedSegment {
  readonly order: number;
  readonly slug: string;
}

const ORDERED_SEGMENT = /^(\d+)-([a-z0-9][a-z0-9-]*)$/;

/**
 * Splits `02-protocols` into `{ order: 2, slug: 'protocols' }`.
 * Throws with the offending name when the segment does not follow the convention,
 * so a misnamed file stops the build with a message that says how to fix it.
 */
export function parseOrderedSegment(segment: string): OrderedSegment {
  const match = ORDERED_SEGMENT.exec(segment);
  if (!match?.[1] || !match[2]) {
    throw new Error(
      `"${segment}" does not follow the guide's naming convention: expected a numeric prefix and a lowercase slug, such as "02-protocols".`,
    );
  }
  return { order: Number(match[1]), slug: match[2] };
}

/** Drops the extension from the last segment of a relative path. */
function withoutExtension(path: string): string {
  return path.replace(/\.[a-z]+$/i, '');
}

/** Splits a relative entry path (`01-planning/02-protocols.mdx`) into its ordered segments. */
export function parseEntryPath(entryPath: string): OrderedSegment[] {
  return withoutExtension(entryPath.replaceAll('\\', '/'))
    .split('/')
    .filter((segment) => segment.length > 0)
    .map(parseOrderedSegment);
}

/** `01-planning/02-protocols.mdx` → `planning/protocols` (the id and the URL path below /guide/). */
export function guideIdFromEntryPath(entryPath: string): string {
  const segments = parseEntryPath(entryPath);
  if (segments.length !== 2) {
    throw new Error(`Guide section "${entryPath}" must sit exactly one folder deep: content/guide/<NN-chapter>/<NN-section>.mdx.`);
  }
  return segments.map((segment) => segment.slug).join('/');
}

/** `01-planning/chapter.yaml` → `planning` (the chapter id). */
export function chapterIdFromEntryPath(entryPath: string): string {
  const folder = entryPath.replaceAll('\\', '/').split('/')[0] ?? '';
  return parseOrderedSegment(folder).slug;
}
