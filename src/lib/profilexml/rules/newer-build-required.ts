import { findElementSpec } from '../catalog';
import { GUIDE } from '../guide-links';
import type { ProfileRule, RuleHit } from '../types';
import { describeBuild } from '../windows-builds';
import { hit, SOURCE } from './support';

/** Elements the VPNv2 CSP lists for a newer Windows build than the oldest one targeted. */
export const newerBuildRequiredRule: ProfileRule = {
  id: 'newer-build-required',
  severity: 'error',
  title: 'Element needs a newer Windows build',
  message: 'Each VPNv2 CSP node has a first Windows build; older builds do not know the element.',
  guide: GUIDE.newerElements,
  sources: [SOURCE.csp],
  check({ profile, options }) {
    const hits: RuleHit[] = [];
    for (const ref of profile.elements) {
      const spec = findElementSpec(ref.path);
      if (!spec || spec.minBuild === undefined || spec.minBuild <= options.build) continue;
      hits.push(
        hit(
          `<${spec.name}> is used and the oldest target is ${describeBuild(options.build)}.`,
          `The VPNv2 CSP lists <${spec.name}> from ${describeBuild(spec.minBuild)}; remove it or raise the minimum Windows version.`,
          ref.element,
        ),
      );
    }
    return hits;
  },
};
