/**
 * The one place the site's collections and their schemas are declared.
 * Authors edit files under content/; everything they write is checked here,
 * and a malformed entry stops the build with the field that is wrong.
 */
import { defineCollection, reference, z } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterIdFromEntryPath, guideIdFromEntryPath } from './lib/guide/paths';
import { errorIdFromData, eventIdFromData } from './lib/errors/entry-ids';

/** Where the content lives. KB_CONTENT_DIR exists so the benchmark can build synthetic content; authors never set it. */
const CONTENT_DIR = process.env['KB_CONTENT_DIR'] ?? './content';

// ---------------------------------------------------------------------------
// Small shared pieces
// ---------------------------------------------------------------------------

/** A document a page's facts were checked against. */
const sourceSchema = z.object({
  /** The document's title as its publisher gives it. */
  title: z.string().min(1),
  /** Where the document lives (https). */
  url: z.string().url(),
});

/** Every page names at least one source. */
const sourcesSchema = z.array(sourceSchema).min(1, 'List at least one source the facts were checked against.');

/** Products and versions the page was written for, e.g. "Windows Server 2022", "Windows 11 22H2+". */
const appliesToSchema = z.array(z.string().min(1)).min(1);

/** The day the facts were last checked against the sources (YYYY-MM-DD). */
const lastVerifiedSchema = z.coerce.date();

/** Languages a command can be highlighted in. */
const commandLanguageSchema = z.enum(['powershell', 'cmd', 'shell', 'xml', 'json', 'ini', 'text']);

/** One step of a procedure: a sentence, optionally followed by a command to run. */
const stepSchema = z.object({
  /** What to do, in our own words. Inline `code` and [links](/guide/...) are allowed. */
  text: z.string().min(1),
  /** A command or snippet that carries out the step. */
  code: z.string().min(1).optional(),
  /** Highlighting language of `code`. */
  lang: commandLanguageSchema.default('powershell'),
});

// ---------------------------------------------------------------------------
// The guide: chapters and their sections
// ---------------------------------------------------------------------------

/** content/guide/<NN-chapter>/chapter.yaml */
const chapterSchema = z.object({
  /** Chapter title shown in the sidebar, cards and breadcrumbs. */
  title: z.string().min(1),
  /** One or two sentences on what the chapter covers, shown on cards and the chapter page. */
  summary: z.string().min(1),
});

/** content/guide/<NN-chapter>/<NN-section>.mdx frontmatter */
const guideSchema = z.object({
  /** Page title (the h1). */
  title: z.string().min(1),
  /** One sentence for search results, cards and the meta description. */
  description: z.string().min(1),
  /** Documents every technical fact on the page was checked against. */
  sources: sourcesSchema,
  /** The day the facts were last checked. */
  lastVerified: lastVerifiedSchema,
  /** Products and versions the page applies to. */
  appliesTo: appliesToSchema,
  /** Shorter label for the sidebar when the title is long. */
  sidebarLabel: z.string().min(1).optional(),
  /** Drafts are built in dev but left out of production builds. */
  draft: z.boolean().default(false),
});

const chapters = defineCollection({
  loader: glob({
    base: `${CONTENT_DIR}/guide`,
    pattern: '*/chapter.yaml',
    generateId: ({ entry }) => chapterIdFromEntryPath(entry),
  }),
  schema: chapterSchema,
});

const guide = defineCollection({
  loader: glob({
    base: `${CONTENT_DIR}/guide`,
    pattern: '*/[0-9]*.mdx',
    generateId: ({ entry }) => guideIdFromEntryPath(entry),
  }),
  schema: guideSchema,
});

// ---------------------------------------------------------------------------
// Error codes: content/errors/<id>.md, one file per code
// ---------------------------------------------------------------------------

/** Protocols a code concerns. */
const protocolSchema = z.enum(['IKEv2', 'SSTP', 'L2TP', 'all']);

/** Where the code is seen. */
const seenOnSchema = z.enum(['client', 'rras', 'nps']);

/** One cause of a code, with its fix and how to check the fix worked. */
const causeSchema = z.object({
  /** Short statement of the cause ("The VPN server certificate lacks the Server Authentication EKU"). */
  title: z.string().min(1),
  /** How common this cause is in Always On VPN deployments; causes are listed most likely first. */
  likelihood: z.enum(['common', 'occasional', 'rare']),
  /** Protocols this cause applies to, when narrower than the code's. */
  protocols: z.array(protocolSchema).optional(),
  /** Why this produces the code. */
  explanation: z.string().min(1),
  /** Steps that remove the cause. */
  fix: z.array(stepSchema).min(1),
  /** Steps that show the fix worked. */
  verify: z.array(stepSchema).min(1),
});

/** Fields every code has, whatever its family. */
const errorCommonSchema = z.object({
  /** The exact symbolic constant from the Windows SDK header (or the NPS name, where one is documented). */
  symbol: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]*$/, 'Symbols are upper-case constants such as ERROR_VPN_TIMEOUT.')
    .optional(),
  /** The Windows message, summarised in our own words. */
  summary: z.string().min(1),
  /** What the user or administrator sees when it happens (dialog, event, log line), in our words. */
  userSees: z.string().min(1),
  /** What the code means, in one or two paragraphs. */
  meaning: z.string().min(1),
  /** Protocols the code concerns. */
  protocols: z.array(protocolSchema).min(1),
  /** Where it is seen. */
  seenOn: z.array(seenOnSchema).min(1),
  /** Causes, most likely first for Always On VPN. */
  causes: z.array(causeSchema).min(1),
  /** Where sources disagree about this code, and what we recommend. */
  disagreements: z.array(z.string().min(1)).default([]),
  /** Other codes worth checking (their ids). */
  relatedCodes: z.array(reference('errors')).default([]),
  /** Events in which this code appears. */
  relatedEvents: z.array(reference('events')).default([]),
  /** Guide sections that explain the background (ids such as "high-availability/dnat-vs-full-nat"). */
  relatedGuide: z.array(reference('guide')).default([]),
  /** Products and versions the page applies to. */
  appliesTo: appliesToSchema,
  /** Documents the facts were checked against; SDK headers first. */
  sources: sourcesSchema,
  /** The day the facts were last checked. */
  lastVerified: lastVerifiedSchema,
});

/** Codes numbered in decimal: RAS (600–899, raserror.h), RRAS (900+, mprerror.h), Win32 and IKE (winerror.h). */
const decimalErrorSchema = errorCommonSchema.extend({
  /** Family of the code. */
  kind: z.enum(['ras', 'rras', 'win32', 'ike']),
  /** The decimal value from the header. Hex, HRESULT and signed forms are computed from it. */
  decimal: z.number().int().min(1).max(0xffff),
  symbol: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
});

/** HRESULT-only codes such as CERT_E_*, CRYPT_E_*, SEC_E_*. */
const hresultErrorSchema = errorCommonSchema.extend({
  /** Family of the code. */
  kind: z.literal('hresult'),
  /** The HRESULT in hex, eight digits: 0x80092013. */
  hresult: z.string().regex(/^0x[0-9a-fA-F]{8}$/, 'Write HRESULTs as 0x followed by eight hex digits.'),
  symbol: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
});

/** NPS reason codes (the "Reason Code" field of events 6273/6274 and accounting logs). */
const npsErrorSchema = errorCommonSchema.extend({
  /** Family of the code. */
  kind: z.literal('nps'),
  /** The reason code as NPS logs it. */
  reasonCode: z.number().int().min(0).max(0xffff),
});

const errorSchema = z.discriminatedUnion('kind', [decimalErrorSchema, hresultErrorSchema, npsErrorSchema]);

const errors = defineCollection({
  loader: glob({
    base: `${CONTENT_DIR}/errors`,
    pattern: '*.{md,mdx}',
    generateId: ({ entry, data }) => errorIdFromData(entry, data),
  }),
  schema: errorSchema,
});

// ---------------------------------------------------------------------------
// Events: content/events/<source>-<id>.md
// ---------------------------------------------------------------------------

/**
 * Event sources we document; the lowercase name starts the URL (`/events/rasclient-20227/`).
 * KDC is the Kerberos Key Distribution Center on domain controllers; SCM is the Service Control Manager.
 */
const eventSourceSchema = z.enum(['RasClient', 'RasSstp', 'RemoteAccess', 'NPS', 'IPsec', 'CAPI2', 'KDC', 'SCM']);

/** One named field of an event's message. */
const eventFieldSchema = z.object({
  /** Field name as the event shows it ("Reason Code"). */
  name: z.string().min(1),
  /** What the field tells you. */
  meaning: z.string().min(1),
});

const eventSchema = z.object({
  /** Short title in our words ("RasClient 20227: the connection attempt failed"). */
  title: z.string().min(1),
  /** Which source family the event belongs to. */
  source: eventSourceSchema,
  /** The numeric event ID. */
  eventId: z.number().int().positive(),
  /** The event log the event is written to ("Application", "Security", "Microsoft-Windows-CAPI2/Operational"). */
  log: z.string().min(1),
  /** The provider name as Event Viewer shows it ("RasClient", "Microsoft-Windows-Security-Auditing"). */
  provider: z.string().min(1),
  /** Where the event is logged. */
  seenOn: z.array(seenOnSchema).min(1),
  /** One sentence for search results and the meta description. */
  description: z.string().min(1),
  /** What the event means, in our own words. */
  meaning: z.string().min(1),
  /** Fields of the message worth reading. */
  fields: z.array(eventFieldSchema).default([]),
  /** How to turn the event on, when it is off by default. */
  enable: z.array(stepSchema).default([]),
  /** Codes that appear in this event. */
  codes: z.array(reference('errors')).default([]),
  /** Other events to read alongside. */
  relatedEvents: z.array(reference('events')).default([]),
  /** Guide sections that explain the background. */
  relatedGuide: z.array(reference('guide')).default([]),
  /** Where sources disagree about this event. */
  disagreements: z.array(z.string().min(1)).default([]),
  /** Products and versions the page applies to. */
  appliesTo: appliesToSchema,
  /** Documents the facts were checked against. */
  sources: sourcesSchema,
  /** The day the facts were last checked. */
  lastVerified: lastVerifiedSchema,
});

const events = defineCollection({
  loader: glob({
    base: `${CONTENT_DIR}/events`,
    pattern: '*.{md,mdx}',
    generateId: ({ entry, data }) => eventIdFromData(entry, data),
  }),
  schema: eventSchema,
});

export const collections = { chapters, guide, errors, events };
