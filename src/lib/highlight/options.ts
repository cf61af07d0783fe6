/**
 * The one Shiki configuration used by Markdown/MDX and by the <Code>
 * component on data-driven pages, so every code block looks the same and
 * none of them writes a style attribute.
 */
import { bundledThemes } from 'shiki';
import { buildTokenCss, paletteFromTheme, tokenClassTransformer, type ThemePalette } from './token-classes';

export const CODE_THEMES = { light: 'github-light', dark: 'github-dark' } as const;

async function loadPalette(name: keyof typeof bundledThemes): Promise<ThemePalette> {
  const module = await bundledThemes[name]();
  return paletteFromTheme(module.default);
}

/** Everything a highlighter needs, plus the CSS that colours its classes. Built once per process. */
export function createHighlightOptions() {
  cached ??= buildHighlightOptions();
  return cached;
}

let cached: ReturnType<typeof buildHighlightOptions> | undefined;

async function buildHighlightOptions() {
  const palettes = { light: await loadPalette(CODE_THEMES.light), dark: await loadPalette(CODE_THEMES.dark) };
  return {
    themes: CODE_THEMES,
    defaultColor: false as const,
    transformers: [tokenClassTransformer(palettes)],
    css: buildTokenCss(palettes),
  };
}
