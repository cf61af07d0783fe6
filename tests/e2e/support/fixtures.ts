/**
 * The test object every spec imports. Each test automatically fails if a
 * page it visited logged a console error, threw, requested anything from
 * another origin, or reported a Content-Security-Policy violation.
 */
import { test as base, expect, type Page } from '@playwright/test';

export interface GuardOptions {
  /** Console error texts a test expects (for example a deliberate 404). */
  expectedConsoleErrors: RegExp[];
}

interface Guards {
  guards: undefined;
}

export const test = base.extend<GuardOptions & Guards>({
  expectedConsoleErrors: [[], { option: true }],
  guards: [
    async ({ page, baseURL, expectedConsoleErrors }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
      const consoleErrors: string[] = [];
      const foreignRequests: string[] = [];
      const cspViolations: string[] = [];

      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (!expectedConsoleErrors.some((pattern) => pattern.test(text))) consoleErrors.push(text);
      });
      page.on('pageerror', (error) => consoleErrors.push(`Uncaught: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) foreignRequests.push(url);
      });
      await page.exposeFunction('__kbReportCspViolation', (description: string) => {
        cspViolations.push(description);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __kbReportCspViolation: (d: string) => void }).__kbReportCspViolation;
          report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
        });
      });

      await use(undefined);

      expect(consoleErrors, 'console errors on the pages this test visited').toEqual([]);
      expect(foreignRequests, 'requests to other origins').toEqual([]);
      expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Waits until every React island on the page has hydrated (Astro removes `ssr` when it does). */
export async function waitForIslands(page: Page): Promise<void> {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/** Brings an island into view (client:visible) and waits for it to hydrate. */
export async function hydrateIsland(page: Page, selector = 'astro-island'): Promise<void> {
  const island = page.locator(selector).first();
  await island.scrollIntoViewIfNeeded();
  await waitForIslands(page);
}
