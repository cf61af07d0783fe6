import { describe, expect, it } from 'vitest';
import { describeVerdictAttributes, simulatePath } from './index';
import { PRESETS, PRESET_IDS, findPreset, isPresetId } from './presets';

// The verdicts the guide chapters rely on when they embed these presets.
const EXPECTED = [
  ['dnat-fixed', 'works'],
  ['fullnat-under-load', 'fails-under-load'],
  ['fullnat-registry-raised', 'unknown'],
  ['persistence-per-port', 'intermittent'],
  ['return-bypass', 'fails-always'],
  ['fragments-dropped', 'fails-always'],
  ['fragments-fixed', 'works'],
  ['sstp-offload-missing-hash', 'fails-always'],
  ['f5-snat-automap', 'fails-under-load'],
  ['citrix-usip', 'works'],
  ['kemp-transparency', 'works'],
] as const;

describe('presets', () => {
  it.each(EXPECTED)('%s gives the verdict %s', (id, verdict) => {
    const preset = findPreset(id);
    expect(preset).not.toBeNull();
    if (preset) expect(simulatePath(preset.topology).verdict.kind).toBe(verdict);
  });

  it('fullnat-under-load and fragments-dropped fail with error 809', () => {
    for (const id of ['fullnat-under-load', 'fragments-dropped', 'return-bypass', 'persistence-per-port']) {
      const preset = findPreset(id);
      if (preset) expect(describeVerdictAttributes(simulatePath(preset.topology))['data-error']).toBe('809');
    }
  });

  it('fullnat-registry-raised differs from fullnat-under-load only in the registry value', () => {
    const underLoad = findPreset('fullnat-under-load');
    const raised = findPreset('fullnat-registry-raised');
    expect(raised?.topology).toEqual({ ...underLoad?.topology, saLimit: 50_000 });
  });

  it('fragments-fixed differs from fragments-dropped only in IKEv2 fragmentation', () => {
    expect(findPreset('fragments-fixed')?.topology).toEqual({ ...findPreset('fragments-dropped')?.topology, frag: true });
  });

  it('gives every preset a title and a one-sentence description', () => {
    for (const preset of PRESETS) {
      expect(preset.title.length).toBeGreaterThan(0);
      expect(preset.description).toMatch(/^[A-Z].*\.$/);
      expect(preset.description.slice(0, -1)).not.toMatch(/\.\s/);
    }
  });

  it('has unique ids that isPresetId recognises', () => {
    expect(new Set(PRESET_IDS).size).toBe(PRESETS.length);
    for (const id of PRESET_IDS) expect(isPresetId(id)).toBe(true);
    expect(isPresetId('no-such-preset')).toBe(false);
    expect(findPreset('no-such-preset')).toBeNull();
  });

  it('names the vendor in the vendor presets', () => {
    expect(findPreset('f5-snat-automap')?.topology.vendor).toBe('f5');
    expect(findPreset('citrix-usip')?.topology.vendor).toBe('citrix');
    expect(findPreset('kemp-transparency')?.topology.vendor).toBe('kemp');
  });
});
