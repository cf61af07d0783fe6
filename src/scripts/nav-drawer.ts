/**
 * The narrow-screen menu: the header's menu button opens the <dialog> of
 * NavDrawer.astro as a modal, so the page behind is inert and Escape closes
 * it. On pages with a chapter list the drawer shows a copy of it under the
 * main sections (made on first open, so pages carry the list only once).
 * Tab and Shift+Tab wrap inside the drawer instead of leaving for the
 * browser's own controls.
 */

const FOCUSABLE = 'a[href], button:not([disabled]), summary, input, select, textarea, [tabindex]:not([tabindex="-1"])';

function copyChapterList(drawer: HTMLDialogElement): void {
  const target = drawer.querySelector('.kb-nav-drawer__chapters');
  const sidebar = document.getElementById('kb-sidebar');
  if (!target || !sidebar || target.childElementCount > 0) return;
  const copy = sidebar.cloneNode(true) as HTMLElement;
  copy.removeAttribute('id');
  copy.classList.add('kb-nav-drawer__sidebar');
  target.append(copy);
}

function keepTabInside(drawer: HTMLDialogElement, event: KeyboardEvent): void {
  if (event.key !== 'Tab') return;
  const focusable = [...drawer.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => element.getClientRects().length > 0);
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

export function setUpNavDrawer(): void {
  const button = document.querySelector<HTMLButtonElement>('.kb-menu-button');
  const drawer = document.querySelector<HTMLDialogElement>('#kb-nav-drawer');
  if (!button || !drawer || typeof drawer.showModal !== 'function') return;
  button.removeAttribute('hidden');

  const open = () => {
    copyChapterList(drawer);
    drawer.showModal();
    button.setAttribute('aria-expanded', 'true');
    const current =
      drawer.querySelector<HTMLElement>('.kb-nav-drawer__chapters [aria-current="page"]') ??
      drawer.querySelector<HTMLElement>('.kb-nav-drawer__sections [aria-current]') ??
      drawer.querySelector<HTMLElement>('.kb-nav-drawer__sections a');
    current?.focus();
  };

  button.addEventListener('click', open);
  drawer.querySelector('.kb-nav-drawer__close')?.addEventListener('click', () => {
    drawer.close();
  });
  drawer.addEventListener('close', () => {
    button.setAttribute('aria-expanded', 'false');
    button.focus();
  });
  // A click on the backdrop lands on the <dialog> itself, outside its panel.
  drawer.addEventListener('click', (event) => {
    if (event.target === drawer) drawer.close();
  });
  drawer.addEventListener('keydown', (event) => {
    keepTabInside(drawer, event);
  });
}
