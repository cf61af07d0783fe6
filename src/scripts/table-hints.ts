/**
 * Tables scroll inside their own region (`.kb-table`). When a table is wider
 * than its region, a short hint above it says so, and the region points to
 * the hint with aria-describedby. Measured again whenever the region
 * resizes. Regions inside islands are left alone: React owns that markup.
 */

let hintCount = 0;

function addHint(region: HTMLElement): void {
  const hint = document.createElement('p');
  hintCount += 1;
  hint.id = `kb-table-hint-${hintCount}`;
  hint.className = 'kb-table__hint';
  hint.textContent = 'Scroll sideways to see the whole table.';
  hint.hidden = true;
  region.before(hint);
  const update = () => {
    const isWider = region.scrollWidth > region.clientWidth + 1;
    hint.hidden = !isWider;
    if (isWider) region.setAttribute('aria-describedby', hint.id);
    else region.removeAttribute('aria-describedby');
  };
  new ResizeObserver(update).observe(region);
}

export function setUpTableHints(): void {
  if (!('ResizeObserver' in window)) return;
  for (const region of document.querySelectorAll<HTMLElement>('main .kb-table')) {
    if (!region.closest('astro-island')) addHint(region);
  }
}
