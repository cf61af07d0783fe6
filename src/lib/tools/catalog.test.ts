import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TOOLS, toolsForError } from './catalog';

const errorFile = (id: string) => new URL(`../../../content/errors/${id}.md`, import.meta.url);

describe('TOOLS', () => {
  it('lists each tool once, by id and by path', () => {
    expect(new Set(TOOLS.map((tool) => tool.id)).size).toBe(TOOLS.length);
    expect(new Set(TOOLS.map((tool) => tool.path)).size).toBe(TOOLS.length);
  });

  it.each(TOOLS.flatMap((tool) => (tool.relatedErrors?.ids ?? []).map((id) => [tool.id, id] as const)))(
    '%s points from error %s, which has a page',
    (_tool, id) => {
      expect(existsSync(errorFile(id))).toBe(true);
    },
  );
});

describe('toolsForError', () => {
  it('finds the certificate inspector for CERT_E_UNTRUSTEDROOT and nothing for a timeout', () => {
    expect(toolsForError('0x800b0109').map((tool) => tool.id)).toEqual(['certificate']);
    expect(toolsForError('809')).toEqual([]);
  });
});
