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

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The rules whose outcome depends on colours. Switching the theme changes
 * CSS custom properties only, so a second theme needs only these rules.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * `rule (impact): target, target` for every violation on the page; empty when there is none.
 * By default every rule of the WCAG 2.x A/AA tags runs; pass `rules` to run only those.
 */
export async function findAxeViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
  const options: RunOptions = {
    runOnly: rules ? { type: 'rule', values: [...rules] } : { type: 'tag', values: AXE_TAGS },
    resultTypes: ['violations'],
  };
  const hasAxe = await page.evaluate(() => 'axe' in window);
  // Evaluated through the DevTools protocol, so the page's Content-Security-Policy does not apply.
  if (!hasAxe) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (runOptions) => {
    const { axe } = window as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } };
    const results = await axe.run(document, runOptions);
    return results.violations.map(
      (violation) => `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  }, options);
}
