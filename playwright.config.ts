/**
 * Browser tests against the built site, in Debian's Chromium (Playwright's
 * own browser download cannot work offline). Two projects: the site served
 * at / (every spec), and a build served under /kb/ (specs tagged @subpath).
 */
import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  throw new Error(
    `No Chromium at ${chromiumPath}. Install Debian's package (sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.`,
  );
}

// Overridable so several builds can be tested side by side:
//   KB_E2E_DIST, KB_E2E_DIST_SUBPATH  built sites to serve (default dist, dist-kb)
//   KB_E2E_PORT                       port of the root site; the sub-path site uses the next one
//   KB_E2E_ROOT_ONLY=1                skip the /kb/ project and its server
const ROOT_PORT = Number(process.env['KB_E2E_PORT'] ?? 4401);
const SUBPATH_PORT = ROOT_PORT + 1;
const ROOT_DIST = process.env['KB_E2E_DIST'] ?? 'dist';
const SUBPATH_DIST = process.env['KB_E2E_DIST_SUBPATH'] ?? 'dist-kb';
const rootOnly = process.env['KB_E2E_ROOT_ONLY'] === '1';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: true,
  workers: 2,
  retries: 0,
  reporter: process.env['CI'] ? [['list']] : [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'root', use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/` } },
    ...(rootOnly ? [] : [{ name: 'subpath', grep: /@subpath/, use: { baseURL: `http://127.0.0.1:${SUBPATH_PORT}/kb/` } }]),
  ],
  webServer: [
    {
      command: `tsx scripts/serve.ts --dir ${ROOT_DIST} --port ${ROOT_PORT} --host 127.0.0.1 --base /`,
      url: `http://127.0.0.1:${ROOT_PORT}/`,
      reuseExistingServer: false,
    },
    ...(rootOnly
      ? []
      : [
          {
            command: `tsx scripts/serve.ts --dir ${SUBPATH_DIST} --port ${SUBPATH_PORT} --host 127.0.0.1 --base /kb/`,
            url: `http://127.0.0.1:${SUBPATH_PORT}/kb/`,
            reuseExistingServer: false,
          },
        ]),
  ],
});
