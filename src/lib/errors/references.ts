/**
 * Checks the references between data files (a code's related codes, events
 * and guide sections; an event's codes). Astro's `reference()` only checks
 * the shape of an id, not that the entry exists, so a typo would become a
 * broken link; this check turns it into a build error that names the file,
 * the field and the missing id.
 */

export type ReferencedCollection = 'errors' | 'events' | 'guide';

export interface EntryReference {
  /** The frontmatter field that holds the reference ("relatedCodes"). */
  readonly field: string;
  readonly collection: ReferencedCollection;
  readonly id: string;
}

export interface ReferencingEntry {
  /** Path of the data file, for the message: `content/errors/809.md`. */
  readonly file: string;
  readonly references: readonly EntryReference[];
}

export interface KnownIds {
  readonly errors: ReadonlySet<string>;
  readonly events: ReadonlySet<string>;
  readonly guide: ReadonlySet<string>;
}

export interface ReferenceProblem extends EntryReference {
  readonly file: string;
}

/** Every reference whose target does not exist, in file order. */
export function findMissingReferences(entries: readonly ReferencingEntry[], known: KnownIds): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  for (const entry of entries) {
    for (const reference of entry.references) {
      if (!known[reference.collection].has(reference.id)) problems.push({ file: entry.file, ...reference });
    }
  }
  return problems;
}

function describeExpectedFile(problem: ReferenceProblem): string {
  switch (problem.collection) {
    case 'errors':
      return `there is no content/errors/${problem.id}.md`;
    case 'events':
      return `there is no content/events/${problem.id}.md`;
    case 'guide': {
      const [chapter = '', section = ''] = problem.id.split('/');
      return `there is no published guide section with that id (expected content/guide/<NN>-${chapter}/<NN>-${section}.mdx without draft: true)`;
    }
  }
}

/** One message listing every problem, each on its own line with the file, field and missing id. */
export function formatReferenceProblems(problems: readonly ReferenceProblem[]): string {
  const count = problems.length === 1 ? '1 reference points' : `${problems.length} references point`;
  const lines = problems.map(
    (problem) => `  - ${problem.file}: ${problem.field} lists "${problem.id}", but ${describeExpectedFile(problem)}.`,
  );
  return [`${count} to entries that do not exist:`, ...lines, 'Fix the id or add the missing entry.'].join('\n');
}
