import { test, expect } from './support/fixtures';

test.describe('guide navigation', () => {
  test("the sidebar marks the current page and lists only its chapter's sections @subpath", async ({ page }) => {
    await page.goto('guide/about/hosting/');
    const sidebar = page.getByRole('navigation', { name: 'Guide chapters' });
    const current = sidebar.locator('a[aria-current="page"]');
    await expect(current).toHaveCount(1);
    await expect(current).toHaveText('Hosting this guide');
    await expect(sidebar.getByRole('list', { name: 'Sections of About this guide' })).toBeVisible();
    await expect(sidebar.getByRole('list', { name: /^Sections of / })).toHaveCount(1);
    await expect(sidebar.getByRole('link', { name: /Planning and design/ })).toHaveAttribute('href', /guide\/planning\/$/);
  });

  test('the sidebar stays the same size whichever chapter is long: other chapters are one link each', async ({ page }) => {
    await page.goto('guide/about/hosting/');
    const sidebar = page.getByRole('navigation', { name: 'Guide chapters' });
    const chapters = await page.locator('.kb-sidebar__chapter').count();
    const sections = await sidebar.getByRole('list', { name: 'Sections of About this guide' }).getByRole('link').count();
    // Chapter links, this chapter's sections, and the link to the full tree.
    await expect(sidebar.getByRole('link')).toHaveCount(chapters + sections + 1);
  });

  test('the full tree of chapters and sections is one link away @subpath', async ({ page }) => {
    await page.goto('guide/about/hosting/');
    await page.getByRole('navigation', { name: 'Guide chapters' }).getByRole('link', { name: 'All chapters and sections' }).click();
    await expect(page).toHaveURL(/guide\/#kb-contents$/);
    const contents = page.locator('#kb-contents');
    await expect(contents.getByRole('link', { name: 'Hosting this guide' })).toBeVisible();
    await expect(contents.getByRole('link', { name: 'Destination NAT versus full NAT' }).first()).toBeVisible();
  });

  test('previous and next links walk the book in order @subpath', async ({ page }) => {
    await page.goto('guide/about/this-guide/');
    const pager = page.getByRole('navigation', { name: 'Previous and next sections' });
    await pager.getByRole('link', { name: /Next/ }).click();
    await expect(page).toHaveURL(/guide\/about\/hosting\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hosting this guide');
    await page
      .getByRole('navigation', { name: 'Previous and next sections' })
      .getByRole('link', { name: /Previous/ })
      .click();
    await expect(page).toHaveURL(/guide\/about\/this-guide\/$/);
  });

  test('breadcrumbs lead back to the chapter overview', async ({ page }) => {
    await page.goto('guide/about/hosting/');
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'About this guide' }).click();
    await expect(page).toHaveURL(/guide\/about\/$/);
    await expect(page.getByRole('link', { name: 'Hosting this guide' }).first()).toBeVisible();
  });

  test('every section ends with its sources and the date it was last verified', async ({ page }) => {
    await page.goto('guide/about/hosting/');
    const facts = page.getByRole('region', { name: 'Sources' });
    await expect(facts.getByRole('listitem').first()).toBeVisible();
    await expect(facts.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  });

  test('the skip link moves focus to the content', async ({ page }) => {
    await page.goto('guide/about/hosting/');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#kb-main')).toBeFocused();
  });
});

test.describe('on this page', () => {
  test('table of contents links jump to their headings', async ({ page }) => {
    await page.goto('guide/about/hosting/');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const link = toc.getByRole('link', { name: 'Check the server with the self-test' });
    await link.click();
    await expect(page).toHaveURL(/#check-the-server-with-the-self-test$/);
    await expect(page.getByRole('heading', { name: /Check the server with the self-test/ })).toBeInViewport();
  });

  test('the heading in view is marked in the table of contents', async ({ page }) => {
    await page.goto('guide/about/hosting/');
    await page.getByRole('heading', { level: 2, name: /Updating a copy/ }).scrollIntoViewIfNeeded();
    await expect(page.getByRole('navigation', { name: 'On this page' }).locator('a[aria-current="true"]')).toHaveCount(1);
  });

  test('headings carry anchor links with a readable name', async ({ page }) => {
    await page.goto('guide/about/hosting/');
    const anchor = page.getByRole('link', { name: 'Link to this section: Updating a copy' });
    await expect(anchor).toHaveAttribute('href', '#updating-a-copy');
  });
});
