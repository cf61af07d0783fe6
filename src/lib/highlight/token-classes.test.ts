import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { buildTokenCss, classesForTokenStyle, paletteFromTheme, tokenClassTransformer } from './token-classes';
import { contrastRatio } from './contrast';

const palettes = {
  light: paletteFromTheme({ colors: { 'editor.foreground': '#24292E' }, tokenColors: [{ settings: { foreground: '#6A737D' } }] }),
  dark: paletteFromTheme({ colors: { 'editor.foreground': '#e1e4e8' }, tokenColors: [{ settings: { foreground: '#6a737d' } }] }),
};

describe('classesForTokenStyle', () => {
  it('turns both theme colours and font styles into classes', () => {
    expect(classesForTokenStyle('--shiki-light:#6A737D;--shiki-dark:#6a737d;--shiki-light-font-style:italic', palettes)).toEqual([
      'kb-tl-6a737d',
      'kb-td-6a737d',
      'kb-ti',
    ]);
  });

  it('refuses a colour the palette does not know, so the CSS can never miss a rule', () => {
    expect(() => classesForTokenStyle('--shiki-light:#123456', palettes)).toThrow(/not in the theme palette/);
  });
});

describe('tokenClassTransformer', () => {
  it('merges the class and className Astro and Markdown write into one list and drops the style', () => {
    const pre: Element = {
      type: 'element',
      tagName: 'pre',
      properties: { class: 'astro-code github-light', className: ['shiki'], style: 'color:red' },
      children: [],
    };
    const transformer = tokenClassTransformer(palettes);
    (transformer.pre as (this: unknown, node: Element) => void).call({}, pre);
    expect(pre.properties).toEqual({ className: ['astro-code', 'github-light', 'shiki', 'kb-code-block'] });
  });
});

describe('buildTokenCss', () => {
  it('raises every colour to at least 4.5:1 on the code backgrounds', () => {
    const css = buildTokenCss(palettes);
    const light = /\.kb-tl-6a737d\{--kb-tl:(#[0-9a-f]{6})\}/.exec(css)?.[1] ?? '';
    const dark = /\.kb-td-6a737d\{--kb-td:(#[0-9a-f]{6})\}/.exec(css)?.[1] ?? '';
    expect(contrastRatio(light, '#f6f8fa')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(dark, '#161b22')).toBeGreaterThanOrEqual(4.5);
  });
});
