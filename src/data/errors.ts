/**
 * Reads the `errors` and `events` collections, checks every reference
 * between them and to the guide (Astro's reference() checks only the shape of
 * an id), and builds the plain view models the pages and the lookup island
 * use. A reference to an entry that does not exist stops the build with a
 * message naming the file, the field and the missing id.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { getGuideTree, getPublishedSections } from './guide';
import {
  buildErrorIndex,
  type ErrorIndex,
  type ErrorIndexEntry,
  type ErrorIndexSource,
  type EventIndexEntry,
  type EventIndexSource,
} from '../lib/errors/lookup-index';
import { findMissingReferences, formatReferenceProblems, type EntryReference, type ReferencingEntry } from '../lib/errors/references';
import { toPlainText } from '../lib/text/inline-markup';

export type ErrorEntry = CollectionEntry<'errors'>;
export type EventEntry = CollectionEntry<'events'>;
type ErrorData = ErrorEntry['data'];

/** A guide section as related pages list it. */
export interface GuideLink {
  readonly id: string;
  readonly title: string;
  /** Site-relative path without the base. */
  readonly path: string;
  readonly chapterTitle: string;
}

export interface ErrorCatalog {
  readonly errors: readonly ErrorEntry[];
  readonly events: readonly EventEntry[];
  /** The serialisable index the lookup island receives. */
  readonly index: ErrorIndex;
  readonly errorById: ReadonlyMap<string, ErrorIndexEntry>;
  readonly eventById: ReadonlyMap<string, EventIndexEntry>;
  readonly guideById: ReadonlyMap<string, GuideLink>;
}

/** The number a code's file stores: the decimal code, the HRESULT (unsigned) or the reason code. */
export function storedValue(data: ErrorData): number {
  switch (data.kind) {
    case 'hresult':
      return Number.parseInt(data.hresult, 16) >>> 0;
    case 'nps':
      return data.reasonCode;
    default:
      return data.decimal;
  }
}

function toIndexSource(entry: ErrorEntry): ErrorIndexSource {
  return { kind: entry.data.kind, value: storedValue(entry.data), symbol: entry.data.symbol, summary: entry.data.summary };
}

function toEventSource(entry: EventEntry): EventIndexSource {
  return {
    source: entry.data.source,
    eventId: entry.data.eventId,
    title: toPlainText(entry.data.title),
    description: entry.data.description,
  };
}

function filePathOf(entry: { filePath?: string | undefined; id: string }, folder: string): string {
  const path = entry.filePath?.replaceAll('\\', '/');
  if (!path) return `content/${folder}/${entry.id}.md`;
  const at = path.indexOf(`content/${folder}/`);
  return at >= 0 ? path.slice(at) : path;
}

function referencesOf(field: string, collection: EntryReference['collection'], ids: ReadonlyArray<{ id: string }>): EntryReference[] {
  return ids.map((reference) => ({ field, collection, id: reference.id }));
}

function referencingEntries(errors: readonly ErrorEntry[], events: readonly EventEntry[]): ReferencingEntry[] {
  return [
    ...errors.map((entry) => ({
      file: filePathOf(entry, 'errors'),
      references: [
        ...referencesOf('relatedCodes', 'errors', entry.data.relatedCodes),
        ...referencesOf('relatedEvents', 'events', entry.data.relatedEvents),
        ...referencesOf('relatedGuide', 'guide', entry.data.relatedGuide),
      ],
    })),
    ...events.map((entry) => ({
      file: filePathOf(entry, 'events'),
      references: [
        ...referencesOf('codes', 'errors', entry.data.codes),
        ...referencesOf('relatedEvents', 'events', entry.data.relatedEvents),
        ...referencesOf('relatedGuide', 'guide', entry.data.relatedGuide),
      ],
    })),
  ];
}

async function loadCatalog(): Promise<ErrorCatalog> {
  const [errors, events, sections, tree] = await Promise.all([
    getCollection('errors'),
    getCollection('events'),
    getPublishedSections(),
    getGuideTree(),
  ]);

  const problems = findMissingReferences(referencingEntries(errors, events), {
    errors: new Set(errors.map((entry) => entry.id)),
    events: new Set(events.map((entry) => entry.id)),
    guide: new Set(sections.map((entry) => entry.id)),
  });
  if (problems.length > 0) throw new Error(formatReferenceProblems(problems));

  const index = buildErrorIndex(errors.map(toIndexSource), events.map(toEventSource));
  const guideById = new Map<string, GuideLink>();
  for (const chapter of tree.chapters) {
    for (const section of chapter.sections) {
      guideById.set(section.id, { id: section.id, title: section.title, path: section.path, chapterTitle: chapter.title });
    }
  }
  return {
    errors,
    events,
    index,
    errorById: new Map(index.errors.map((entry) => [entry.id, entry])),
    eventById: new Map(index.events.map((entry) => [entry.id, entry])),
    guideById,
  };
}

let cachedCatalog: Promise<ErrorCatalog> | undefined;

/** Every code and event, checked and indexed; computed once per build. */
export function getErrorCatalog(): Promise<ErrorCatalog> {
  cachedCatalog ??= loadCatalog();
  return cachedCatalog;
}

function pick<T>(ids: ReadonlyArray<{ id: string }>, byId: ReadonlyMap<string, T>): T[] {
  return ids.flatMap((reference) => {
    const found = byId.get(reference.id);
    return found === undefined ? [] : [found];
  });
}

/** What a code's page links to. */
export interface ErrorRelations {
  readonly codes: readonly ErrorIndexEntry[];
  /** Events the code lists, then events that list the code, each once. */
  readonly events: readonly EventIndexEntry[];
  readonly guide: readonly GuideLink[];
}

export function relateError(catalog: ErrorCatalog, entry: ErrorEntry): ErrorRelations {
  const listed = pick(entry.data.relatedEvents, catalog.eventById);
  const mentioning = catalog.events
    .filter((event) => event.data.codes.some((code) => code.id === entry.id))
    .flatMap((event) => {
      const found = catalog.eventById.get(event.id);
      return found ? [found] : [];
    });
  const events = [...new Map([...listed, ...mentioning].map((event) => [event.id, event])).values()];
  return {
    codes: pick(entry.data.relatedCodes, catalog.errorById),
    events,
    guide: pick(entry.data.relatedGuide, catalog.guideById),
  };
}

/** What an event's page links to. */
export interface EventRelations {
  readonly codes: readonly ErrorIndexEntry[];
  /** Events the event lists, then events that list it, each once. */
  readonly events: readonly EventIndexEntry[];
  readonly guide: readonly GuideLink[];
}

export function relateEvent(catalog: ErrorCatalog, entry: EventEntry): EventRelations {
  const listed = pick(entry.data.relatedEvents, catalog.eventById);
  const listing = catalog.events
    .filter((other) => other.id !== entry.id && other.data.relatedEvents.some((reference) => reference.id === entry.id))
    .flatMap((other) => {
      const found = catalog.eventById.get(other.id);
      return found ? [found] : [];
    });
  return {
    codes: pick(entry.data.codes, catalog.errorById),
    events: [...new Map([...listed, ...listing].map((event) => [event.id, event])).values()],
    guide: pick(entry.data.relatedGuide, catalog.guideById),
  };
}
