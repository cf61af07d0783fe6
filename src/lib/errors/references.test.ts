import { describe, expect, it } from 'vitest';
import { findMissingReferences, formatReferenceProblems } from './references';

const known = {
  errors: new Set(['809', '13868']),
  events: new Set(['rasclient-20227']),
  guide: new Set(['high-availability/dnat-vs-full-nat']),
};

describe('findMissingReferences', () => {
  it('finds nothing when every reference exists', () => {
    const entries = [
      {
        file: 'content/errors/809.md',
        references: [
          { field: 'relatedCodes', collection: 'errors', id: '13868' },
          { field: 'relatedEvents', collection: 'events', id: 'rasclient-20227' },
          { field: 'relatedGuide', collection: 'guide', id: 'high-availability/dnat-vs-full-nat' },
        ],
      },
    ] as const;
    expect(findMissingReferences(entries, known)).toEqual([]);
  });

  it('names the file, field and id of each missing target', () => {
    const problems = findMissingReferences(
      [
        { file: 'content/errors/809.md', references: [{ field: 'relatedCodes', collection: 'errors', id: '999' }] },
        { file: 'content/events/nps-6273.md', references: [{ field: 'relatedGuide', collection: 'guide', id: 'infrastructure/nps' }] },
      ],
      known,
    );
    expect(problems).toEqual([
      { file: 'content/errors/809.md', field: 'relatedCodes', collection: 'errors', id: '999' },
      { file: 'content/events/nps-6273.md', field: 'relatedGuide', collection: 'guide', id: 'infrastructure/nps' },
    ]);
    const message = formatReferenceProblems(problems);
    expect(message).toContain('2 references point to entries that do not exist');
    expect(message).toContain('content/errors/809.md: relatedCodes lists "999", but there is no content/errors/999.md.');
    expect(message).toContain('content/events/nps-6273.md: relatedGuide lists "infrastructure/nps"');
    expect(message).toContain('<NN>-infrastructure/<NN>-nps.mdx');
  });
});
