/**
 * Small behaviours every page shares. Each is progressive: the page is
 * complete without JavaScript, and these only add to it. Heavier features
 * (the search dialog, term highlighting) are loaded on first use.
 */
import { HIGHLIGHT_PARAM } from '../lib/search/pagefind-options';
import { copyText } from './clipboard';
import { setUpNavDrawer } from './nav-drawer';
import { setUpTableHints } from './table-hints';

const root = document.documentElement;

/* ---------- Theme: light / dark / system ---------- */

type ThemePreference = 'light' | 'dark' | 'system';
const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');

function applyTheme(preference: ThemePreference): void {
  const isDark = preference === 'dark' || (preference === 'system' && darkQuery.matches);
  root.dataset['theme'] = isDark ? 'dark' : 'light';
  root.dataset['themePreference'] = preference;
}

function setUpThemeSwitch(): void {
  const select = document.querySelector<HTMLSelectElement>('#kb-theme-select');
  if (!select) return;
  select.closest<HTMLElement>('.kb-theme-switch')?.removeAttribute('hidden');
  select.value = root.dataset['themePreference'] ?? 'system';
  select.addEventListener('change', () => {
    const preference = select.value as ThemePreference;
    try {
      localStorage.setItem('kb-theme', preference);
    } catch {
      // Storage disabled by policy: the choice lasts for this page only.
    }
    applyTheme(preference);
  });
  darkQuery.addEventListener('change', () => {
    if ((root.dataset['themePreference'] ?? 'system') === 'system') applyTheme('system');
  });
}

/* ---------- Copy buttons on code blocks ---------- */

function setUpCopyButtons(): void {
  for (const pre of document.querySelectorAll<HTMLPreElement>('main pre')) {
    if (pre.parentElement?.classList.contains('kb-code')) continue;
    const wrapper = document.createElement('div');
    wrapper.className = 'kb-code';
    pre.replaceWith(wrapper);
    wrapper.append(pre);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'kb-copy-button';
    button.textContent = 'Copy';
    button.setAttribute('aria-label', 'Copy code to clipboard');
    button.addEventListener('click', () => {
      void copyText(pre.innerText.replace(/\n$/, '')).then((isCopied) => {
        button.textContent = isCopied ? 'Copied' : 'Select and copy';
        button.setAttribute('aria-label', isCopied ? 'Code copied' : 'Copy failed: select the code and copy it');
        window.setTimeout(() => {
          button.textContent = 'Copy';
          button.setAttribute('aria-label', 'Copy code to clipboard');
        }, 2000);
      });
    });
    wrapper.append(button);
  }
}

/* ---------- "On this page" scroll-spy ---------- */

function setUpScrollSpy(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.kb-toc a[href^="#"]')];
  if (links.length === 0 || !('IntersectionObserver' in window)) return;
  const byId = new Map(links.map((link) => [decodeURIComponent(link.hash.slice(1)), link]));
  const headings = [...byId.keys()].map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);
  const visible = new Set<Element>();
  const mark = () => {
    const current = headings.find((heading) => visible.has(heading)) ?? null;
    if (!current) return;
    for (const link of links) link.removeAttribute('aria-current');
    byId.get(current.id)?.setAttribute('aria-current', 'true');
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) visible.add(entry.target);
        else visible.delete(entry.target);
      }
      mark();
    },
    { rootMargin: '-60px 0px -55% 0px' },
  );
  for (const heading of headings) observer.observe(heading);
}

/* ---------- Tabs ---------- */

let tabsCount = 0;

class KbTabs extends HTMLElement {
  connectedCallback(): void {
    if (this.classList.contains('kb-tabs--ready')) return;
    const panels = [...this.querySelectorAll<HTMLElement>(':scope > .kb-tab-panel')];
    if (panels.length === 0) return;
    const list = document.createElement('div');
    list.className = 'kb-tabs__list';
    list.setAttribute('role', 'tablist');
    list.setAttribute('aria-label', this.dataset['label'] ?? 'Options');
    tabsCount += 1;
    const tabs = panels.map((panel, index) => {
      const tab = document.createElement('button');
      const id = `kb-tabs-${tabsCount}-${index}`;
      tab.type = 'button';
      tab.className = 'kb-tabs__tab';
      tab.id = `${id}-tab`;
      tab.textContent = panel.dataset['label'] ?? `Option ${index + 1}`;
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-controls', `${id}-panel`);
      panel.id = `${id}-panel`;
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', tab.id);
      panel.tabIndex = 0;
      list.append(tab);
      return tab;
    });
    const select = (index: number, shouldFocus: boolean) => {
      tabs.forEach((tab, i) => {
        const isSelected = i === index;
        tab.setAttribute('aria-selected', String(isSelected));
        tab.tabIndex = isSelected ? 0 : -1;
        panels[i]?.toggleAttribute('hidden', !isSelected);
      });
      if (shouldFocus) tabs[index]?.focus();
    };
    list.addEventListener('click', (event) => {
      const index = tabs.indexOf(event.target as HTMLButtonElement);
      if (index >= 0) select(index, false);
    });
    list.addEventListener('keydown', (event) => {
      const current = tabs.indexOf(document.activeElement as HTMLButtonElement);
      const last = tabs.length - 1;
      const next = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: last }[event.key];
      if (next === undefined || current < 0) return;
      event.preventDefault();
      select((next + tabs.length) % tabs.length, true);
    });
    this.prepend(list);
    this.classList.add('kb-tabs--ready');
    select(0, false);
  }
}

/* ---------- Print: open every <details> ---------- */

function setUpPrint(): void {
  const opened: HTMLDetailsElement[] = [];
  window.addEventListener('beforeprint', () => {
    for (const details of document.querySelectorAll('details')) {
      if (!details.open) {
        details.open = true;
        opened.push(details);
      }
    }
  });
  window.addEventListener('afterprint', () => {
    for (const details of opened.splice(0)) details.open = false;
  });
}

/* ---------- Search: dialog on Ctrl/⌘+K, "/" or the header button ---------- */

function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

function setUpSearch(): void {
  const button = document.querySelector<HTMLButtonElement>('.kb-search-button');
  const dialogModule = () => import('./search/search-dialog');
  const open = () => void dialogModule().then(({ openSearchDialog }) => openSearchDialog());
  // Intent to search: start loading the dialog, Pagefind and the code index before the click.
  const preload = () => void dialogModule().then(({ preloadSearch }) => preloadSearch());
  // The home page's box: the dialog module decides where a query goes.
  const home = document.querySelector<HTMLFormElement>('.kb-hero__search');
  home?.addEventListener('submit', (event) => {
    event.preventDefault();
    void dialogModule().then(({ submitHomeSearch }) => submitHomeSearch(home));
  });
  if (button) {
    // A pointer over the button is intent; a key (Enter, Ctrl+K, "/") opens the dialog, which starts loading at once.
    button.addEventListener('pointerenter', preload, { once: true });
    button.removeAttribute('hidden');
    if (/Mac|iPhone|iPad/.test(navigator.userAgent)) {
      const shortcut = button.querySelector('kbd');
      if (shortcut) shortcut.textContent = '⌘ K';
    }
    button.addEventListener('click', open);
  }
  document.addEventListener('keydown', (event) => {
    const isShortcut = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey);
    const isSlash = event.key === '/' && !isTypingTarget(event.target);
    if ((isShortcut || isSlash) && !document.querySelector('dialog[open]')) {
      event.preventDefault();
      open();
    }
  });
}

/* ---------- Highlight the terms a search result was found by ---------- */

function setUpHighlight(): void {
  if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
    void import('./highlight-terms').then(({ highlightSearchTerms }) => highlightSearchTerms());
  }
}

customElements.define('kb-tabs', KbTabs);
setUpThemeSwitch();
setUpNavDrawer();
setUpTableHints();
setUpCopyButtons();
setUpScrollSpy();
setUpPrint();
setUpSearch();
setUpHighlight();
