/**
 * The NAT path visualizer on /tools/nat-path/: the server render without
 * JavaScript, the URL round trip (read on load, rewritten on change, notices
 * for bad values), keyboard-only use, the verdict attributes for several
 * scenarios, the preset embed, and axe in both themes.
 *
 * The embed (the compact version in guide sections) is tested on the guide
 * page that shows it: the tool page carries no embed, only the tool.
 */
import type { Page } from '@playwright/test';
import { test, expect, waitForIslands } from './support/fixtures';
import { findAxeViolations } from './support/axe';

const EMBED_REGION = 'NAT path: Full NAT at the load balancer, under load';

/** Opens the tool and waits for it to hydrate. */
async function openTool(page: Page, query = ''): Promise<void> {
  await page.goto(`tools/nat-path/${query}`);
  await hydrateAll(page);
}

async function hydrateAll(page: Page): Promise<void> {
  for (const island of await page.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
  await waitForIslands(page);
  await page.evaluate(() => {
    window.scrollTo(0, 0);
  });
}

/** The tool's verdict. */
function toolVerdict(page: Page) {
  return page.getByTestId('verdict').first();
}

test.describe('NAT path visualizer without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the default scenario, its verdict and its packet trace from the server render', async ({ page }) => {
    await page.goto('tools/nat-path/');
    const verdict = toolVerdict(page);
    await expect(verdict).toHaveAttribute('data-verdict', 'works');
    await expect(verdict).toHaveAttribute('data-nat-t', 'true');
    await expect(verdict).toHaveAttribute('data-data-path', 'udp4500');
    await expect(verdict).toHaveAttribute('data-client-ip-preserved', 'true');
    await expect(page.getByRole('heading', { name: 'Packets by phase' })).toBeVisible();
    const trace = page.getByRole('region', { name: 'Packets of IKE_SA_INIT' });
    // The per-device tables wait behind one click, which needs no JavaScript either.
    await expect(trace).toBeHidden();
    await page.getByText(/^Show every message at every device/).click();
    await expect(trace.getByRole('cell', { name: '198.51.100.20:40000' }).first()).toBeVisible();
    await expect(page.getByRole('heading', { name: /NAT found: IKE moves to UDP 4500/ }).first()).toBeVisible();
    await expect(page.getByRole('img', { name: /Path of the IKE_SA_INIT request/ }).first()).toBeVisible();
  });
});

test.describe('NAT path visualizer: the URL', () => {
  test('reads the whole topology from the query string @subpath', async ({ page }) => {
    await openTool(page, '?edge=fullnat&servers=2&clients=50&vendor=f5');
    const verdict = toolVerdict(page);
    await expect(verdict).toHaveAttribute('data-verdict', 'fails-under-load');
    await expect(verdict).toHaveAttribute('data-threshold', '21');
    await expect(verdict).toHaveAttribute('data-error', '809');
    await expect(verdict).toHaveAttribute('data-client-ip-preserved', 'false');
    await expect(page.getByLabel('Edge in front of RRAS')).toHaveValue('fullnat');
    await expect(page.getByLabel('Load balancer vendor')).toHaveValue('f5');
    await expect(page.getByText('Source Address Translation to None', { exact: false }).first()).toBeVisible();
  });

  test('falls back to defaults with a visible notice for values it does not understand', async ({ page }) => {
    await openTool(page, '?servers=12&frag=maybe&color=blue');
    const notice = page.getByRole('status').filter({ hasText: 'were not understood' });
    await expect(notice).toContainText('servers=12');
    await expect(notice).toContainText('frag=maybe');
    await expect(notice).toContainText('Unknown parameter “color”');
    await expect(page.getByLabel('RRAS servers', { exact: true })).toHaveValue('1');
    await expect(toolVerdict(page)).toHaveAttribute('data-verdict', 'works');
  });

  test('rewrites the query string on every change, and a reload restores the path', async ({ page }) => {
    await openTool(page);
    await page.getByLabel('Edge in front of RRAS').selectOption('fullnat');
    await page.getByLabel('RRAS servers', { exact: true }).fill('3');
    await expect(page).toHaveURL(/[?&]edge=fullnat(&|$)/);
    await expect(page).toHaveURL(/[?&]servers=3(&|$)/);
    await expect(toolVerdict(page)).toHaveAttribute('data-threshold', '31');

    await page.reload();
    await hydrateAll(page);
    await expect(page.getByLabel('Edge in front of RRAS')).toHaveValue('fullnat');
    await expect(page.getByLabel('RRAS servers', { exact: true })).toHaveValue('3');
    await expect(toolVerdict(page)).toHaveAttribute('data-verdict', 'fails-under-load');
    await expect(toolVerdict(page)).toHaveAttribute('data-threshold', '31');
  });

  test('loads a scenario from the scenario list and writes it into the address', async ({ page }) => {
    await openTool(page);
    await page.getByLabel('Start from a scenario').selectOption('persistence-per-port');
    await expect(page).toHaveURL(/persist=per-port/);
    await expect(toolVerdict(page)).toHaveAttribute('data-verdict', 'intermittent');
  });
});

test.describe('NAT path visualizer: verdict attributes', () => {
  const CASES: ReadonlyArray<{ name: string; query: string; expected: Record<string, string | null> }> = [
    {
      name: 'no NAT keeps IKE on UDP 500 and sends ESP',
      query: '?client=public&edge=none',
      expected: { 'data-verdict': 'works', 'data-nat-t': 'false', 'data-data-path': 'esp', 'data-error': null },
    },
    {
      name: 'persistence per virtual server is intermittent',
      query: '?servers=2&persist=per-port',
      expected: { 'data-verdict': 'intermittent', 'data-probability': '0.5', 'data-error': '809', 'data-threshold': null },
    },
    {
      name: 'replies bypassing the edge fail always with 809',
      query: '?return=bypass',
      expected: { 'data-verdict': 'fails-always', 'data-error': '809', 'data-client-ip-preserved': 'true' },
    },
    {
      name: 'fragments dropped with IKEv2 fragmentation off fail with 809',
      query: '?ikeAuth=2000&block=fragments&frag=off',
      expected: { 'data-verdict': 'fails-always', 'data-error': '809' },
    },
    {
      name: 'fragments dropped with IKEv2 fragmentation on work',
      query: '?ikeAuth=2000&block=fragments&frag=on',
      expected: { 'data-verdict': 'works', 'data-error': null },
    },
    {
      name: 'ESP blocked without NAT connects without data',
      query: '?client=public&edge=none&block=esp',
      expected: { 'data-verdict': 'connects-no-data', 'data-data-path': 'esp', 'data-error': null },
    },
    {
      name: 'SSTP offload without the hash fails without a verified error number',
      query: '?proto=sstp&tls=offload&sstpHash=missing',
      expected: { 'data-verdict': 'fails-always', 'data-data-path': 'tls', 'data-nat-t': 'false', 'data-error': null },
    },
    {
      name: 'IPv6 through a destination-NAT edge is unknown',
      query: '?ip=6&client=public&edge=dnat',
      expected: { 'data-verdict': 'unknown', 'data-nat-t': 'true' },
    },
  ];

  // One browser page for the whole table; each scenario is a step with its own name.
  test('each scenario sets the verdict attributes the model predicts', async ({ page }) => {
    for (const scenario of CASES) {
      await test.step(scenario.name, async () => {
        await openTool(page, scenario.query);
        const verdict = toolVerdict(page);
        for (const [name, value] of Object.entries(scenario.expected)) {
          if (value === null) await expect(verdict).not.toHaveAttribute(name);
          else await expect(verdict).toHaveAttribute(name, value);
        }
      });
    }
  });
});

test.describe('NAT path visualizer: keyboard', () => {
  test('every change can be made from the keyboard, and the result follows', async ({ page }) => {
    await openTool(page);

    // A select changes with the arrow keys.
    await page.getByLabel('VPN protocol').focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('VPN protocol')).toHaveValue('sstp');
    await expect(toolVerdict(page)).toHaveAttribute('data-data-path', 'tls');
    await page.keyboard.press('ArrowUp');
    await expect(toolVerdict(page)).toHaveAttribute('data-data-path', 'udp4500');

    // A checkbox toggles with Space.
    await page.getByRole('checkbox', { name: 'UDP 500 (IKE)' }).focus();
    await page.keyboard.press('Space');
    await expect(toolVerdict(page)).toHaveAttribute('data-verdict', 'fails-always');
    await expect(page.getByRole('status').filter({ hasText: 'Verdict:' }).first()).toContainText('UDP 500 is blocked');
    await page.keyboard.press('Space');
    await expect(toolVerdict(page)).toHaveAttribute('data-verdict', 'works');

    // A number field takes typed digits.
    await page.getByLabel('Concurrent clients').focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('40');
    await expect(page).toHaveURL(/clients=40/);

    // Phases are a radio group: Tab reaches the checked one, arrows move the diagram on.
    const phases = page.getByRole('group', { name: 'Phase' }).first();
    await phases.getByRole('radio', { name: /IKE_SA_INIT/ }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(phases.getByRole('radio', { name: /IKE_AUTH/ })).toBeChecked();
    await expect(page.getByRole('img', { name: /Path of the IKE_AUTH/ }).first()).toBeVisible();

    // Tab moves on from the group, and focus is visible.
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused).toBeVisible();
    const outline = await focused.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe('none');
  });

  test('a number out of range keeps the last good value and says why', async ({ page }) => {
    await openTool(page);
    const servers = page.getByLabel('RRAS servers', { exact: true });
    await servers.fill('20');
    await expect(servers).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Expected a whole number from 1 to 8')).toBeVisible();
    await expect(page).not.toHaveURL(/servers=20/);
  });
});

test.describe('NAT path visualizer: the guide embed', () => {
  test('shows its preset, its verdict and a link that opens the same path in the tool', async ({ page }) => {
    await page.goto('guide/high-availability/dnat-vs-full-nat/');
    const embed = page.getByRole('region', { name: EMBED_REGION });
    await embed.scrollIntoViewIfNeeded();
    // The page holds other embeds further down; only this one needs to hydrate.
    await expect(embed.locator('astro-island[ssr]')).toHaveCount(0);
    const verdict = embed.getByTestId('verdict');
    await expect(verdict).toHaveAttribute('data-verdict', 'fails-under-load');
    await expect(verdict).toHaveAttribute('data-threshold', '21');
    await expect(verdict).toHaveAttribute('data-error', '809');
    await expect(verdict).toHaveAttribute('data-client-ip-preserved', 'false');

    await embed.getByRole('link', { name: 'Open this scenario in the NAT path visualizer' }).click();
    await expect(page).toHaveURL(/edge=fullnat/);
    await hydrateAll(page);
    await expect(toolVerdict(page)).toHaveAttribute('data-verdict', 'fails-under-load');
    await expect(page.getByLabel('Start from a scenario')).toHaveValue('fullnat-under-load');
  });
});

test.describe('NAT path visualizer: accessibility', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`has no axe violations in the ${theme} theme, with a failing scenario shown`, async ({ page }) => {
      await openTool(page, '?edge=fullnat&servers=2&persist=per-port&clients=50&vendor=kemp');
      await page.evaluate((value) => {
        document.documentElement.dataset['theme'] = value;
      }, theme);
      expect(await findAxeViolations(page)).toEqual([]);
    });
  }
});
