/**
 * Class-based syntax highlighting. Shiki writes colours into `style=""`
 * attributes, which a strict Content-Security-Policy (no 'unsafe-inline' in
 * style-src) refuses. This transformer moves every colour into a class
 * (`kb-tl-d73a49` for the light theme, `kb-td-f97583` for the dark one) and
 * `buildTokenCss` writes the matching rules from the same palette, nudging
 * colours that would fall below WCAG AA (4.5:1) on our code backgrounds.
 */
import type { ShikiTransformer } from 'shiki';
import { ensureContrast } from './contrast';

/** Colours a theme can give a token, lowercase `#rrggbb`. */
export interface ThemePalette {
  readonly foregrounds: ReadonlySet<string>;
}

/** Background colours of code blocks in each theme (kept in sync with the site's CSS variables). */
export const CODE_BACKGROUND = { light: '#f6f8fa', dark: '#161b22' } as const;

type ThemeSide = 'light' | 'dark';

const PREFIX: Record<ThemeSide, string> = { light: 'kb-tl-', dark: 'kb-td-' };

function normaliseColor(color: string): string {
  return color.trim().toLowerCase();
}

function colorClass(side: ThemeSide, color: string): string {
  return PREFIX[side] + normaliseColor(color).replace(/^#/, '');
}

/** Minimal shape of a Shiki theme needed to list its token colours. */
export interface ThemeColors {
  readonly colors?: Readonly<Record<string, string>>;
  readonly tokenColors?: ReadonlyArray<{ readonly settings?: { readonly foreground?: string } }>;
  readonly fg?: string;
}

/** Every foreground colour a theme can assign. */
export function paletteFromTheme(theme: ThemeColors): ThemePalette {
  const foregrounds = new Set<string>();
  const editorForeground = theme.colors?.['editor.foreground'] ?? theme.fg;
  if (editorForeground) foregrounds.add(normaliseColor(editorForeground));
  for (const rule of theme.tokenColors ?? []) {
    const fg = rule.settings?.foreground;
    if (fg) foregrounds.add(normaliseColor(fg));
  }
  return { foregrounds };
}

/** Splits `a:b;c:d` into a map. */
function parseDeclarations(style: string): Map<string, string> {
  const declarations = new Map<string, string>();
  for (const part of style.split(';')) {
    const colon = part.indexOf(':');
    if (colon > 0) declarations.set(part.slice(0, colon).trim(), part.slice(colon + 1).trim());
  }
  return declarations;
}

const FONT_STYLE_CLASS: Record<string, string> = { italic: 'kb-ti', bold: 'kb-tb', underline: 'kb-tu' };

/**
 * Turns the declarations Shiki writes with `defaultColor: false` into classes.
 * Throws when a colour is missing from the palette, so the CSS can never lack a rule.
 */
export function classesForTokenStyle(style: string, palettes: Record<ThemeSide, ThemePalette>): string[] {
  const classes: string[] = [];
  for (const [property, value] of parseDeclarations(style)) {
    const side: ThemeSide | undefined = property === '--shiki-light' ? 'light' : property === '--shiki-dark' ? 'dark' : undefined;
    if (side) {
      if (!palettes[side].foregrounds.has(normaliseColor(value))) {
        throw new Error(`Syntax colour ${value} (${side} theme) is not in the theme palette; token CSS would miss it.`);
      }
      classes.push(colorClass(side, value));
    } else if (property.endsWith('font-style') || property.endsWith('font-weight') || property.endsWith('text-decoration')) {
      for (const word of value.split(/\s+/)) {
        const fontClass = FONT_STYLE_CLASS[word];
        if (fontClass && !classes.includes(fontClass)) classes.push(fontClass);
      }
    }
  }
  return classes;
}

function classList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string') return value.split(/\s+/);
  return [];
}

function appendClasses(existing: unknown, added: readonly string[]): string[] {
  return [...new Set([...classList(existing), ...added].filter(Boolean))];
}

/** The Shiki transformer: strips every `style` attribute and adds classes instead. */
export function tokenClassTransformer(palettes: Record<ThemeSide, ThemePalette>): ShikiTransformer {
  return {
    name: 'kb-token-classes',
    pre(node) {
      delete node.properties['style'];
      // Astro's <Code> writes `class` while Markdown uses `className`; two class attributes would
      // both be serialised and the browser would keep only the first, so merge them into one.
      const written = node.properties['class'];
      delete node.properties['class'];
      node.properties['className'] = appendClasses([...classList(written), ...classList(node.properties['className'])], ['kb-code-block']);
    },
    span(node) {
      const style = node.properties['style'];
      if (typeof style !== 'string') return;
      delete node.properties['style'];
      const classes = classesForTokenStyle(style, palettes);
      if (classes.length > 0) node.properties['className'] = appendClasses(node.properties['className'], classes);
    },
  };
}

/**
 * CSS for every palette colour. Each class sets a custom property
 * (`--kb-tl` for the light theme, `--kb-td` for the dark one); the site's
 * stylesheet decides which of the two colours a token shows, so the
 * light/dark switch lives in one place.
 */
export function buildTokenCss(palettes: Record<ThemeSide, ThemePalette>): string {
  const rules: string[] = [];
  for (const color of [...palettes.light.foregrounds].sort()) {
    rules.push(`.${colorClass('light', color)}{--kb-tl:${ensureContrast(color, CODE_BACKGROUND.light)}}`);
  }
  for (const color of [...palettes.dark.foregrounds].sort()) {
    rules.push(`.${colorClass('dark', color)}{--kb-td:${ensureContrast(color, CODE_BACKGROUND.dark)}}`);
  }
  rules.push('.kb-ti{font-style:italic}', '.kb-tb{font-weight:bold}', '.kb-tu{text-decoration:underline}');
  return `${rules.join('\n')}\n`;
}
