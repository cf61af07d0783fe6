/**
 * Runs axe-core on the current page for the WCAG 2.x A/AA tags and returns
 * its violations as readable lines. axe is evaluated into the page once per
 * document and asked for violations only. @axe-core/playwright's AxeBuilder
 * runs the same engine but re-injects it and finishes every analysis in a
 * fresh page: measured on the sitemap crawl it was about three times slower,
 * which did not fit CI time on a 2-core machine.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

/** The part of axe's browser API these helpers call. */
interface AxeApi {
  run(context: Document, options: RunOptions): Promise<AxeResults>;
  getRules(tags: string[]): Array<{ ruleId: string; tags: string[] }>;
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The rules whose outcome depends on colours. Switching the theme changes
 * CSS custom properties only, so a second theme needs only these rules.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * `rule (impact): target, target` for every violation on the page; empty when there is none.
 * By default every rule of the WCAG 2.x A/AA tags runs, experimental ones included; pass `rules` to run only those.
 */
export async function findAxeViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  // Evaluated through the DevTools protocol, so the page's Content-Security-Policy does not apply.
  if (!hasAxe) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ onlyRules, tags }) => {
      const { axe } = window as unknown as { axe: AxeApi };
      /*
       * axe leaves its experimental rules off even when their tags are asked
       * for. Those that map to a WCAG A/AA criterion are turned on by name
       * (axe-core 4.13: label-content-name-mismatch for 2.5.3; p-as-heading,
       * table-fake-caption, td-has-header for 1.3.1; css-orientation-lock for 1.3.4).
       */
      const experimental = axe
        .getRules(['experimental'])
        .filter((rule) => rule.tags.some((tag) => tags.includes(tag)))
        .map((rule) => rule.ruleId);
      const options: RunOptions = onlyRules
        ? { runOnly: { type: 'rule', values: onlyRules }, resultTypes: ['violations'] }
        : {
            runOnly: { type: 'tag', values: tags },
            rules: Object.fromEntries(experimental.map((id) => [id, { enabled: true }])),
            resultTypes: ['violations'],
          };
      const results = await axe.run(document, options);
      return results.violations.map(
        (violation) => `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
    },
    { onlyRules: rules ? [...rules] : undefined, tags: AXE_TAGS },
  );
}
