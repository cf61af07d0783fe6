import { findElementSpec } from '../catalog';
import { GUIDE } from '../guide-links';
import type { ProfileRule, RuleHit } from '../types';
import { describeBuild } from '../windows-builds';
import { hit, SOURCE } from './support';

/**
 * Sources disagree: the CSP lists the newer elements from Windows 11 21H2,
 * Richard Hicks' templates say they work from 22H2 (the Disable…Button
 * elements) and 24H2 (the rest).
 */
export const fieldReportedBuildRule: ProfileRule = {
  id: 'field-reported-build',
  severity: 'warning',
  title: 'Element reported working only on a later build',
  message: 'Richard Hicks reports some newer elements working only from a later build than the CSP lists.',
  guide: GUIDE.newerElements,
  sources: [SOURCE.csp, SOURCE.hicksUser],
  check({ profile, options }) {
    const hits: RuleHit[] = [];
    for (const ref of profile.elements) {
      const spec = findElementSpec(ref.path);
      if (!spec || spec.fieldBuild === undefined) continue;
      const documented = spec.minBuild ?? 0;
      if (options.build < documented || options.build >= spec.fieldBuild) continue;
      hits.push(
        hit(
          `<${spec.name}> is used and the oldest target is ${describeBuild(options.build)}.`,
          `Microsoft lists it from ${describeBuild(documented)}, but Richard Hicks reports it supported from ${describeBuild(spec.fieldBuild)}; test it on your oldest build or raise the minimum.`,
          ref.element,
        ),
      );
    }
    return hits;
  },
};
