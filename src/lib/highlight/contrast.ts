/**
 * WCAG 2.x contrast arithmetic, used to keep syntax-highlighting colours
 * readable (≥ 4.5:1) on our code backgrounds in both themes.
 */

type Rgb = readonly [number, number, number];

/** `#abc`, `#aabbcc` or `#aabbccdd` → [r, g, b] (alpha ignored). */
export function parseHexColor(hex: string): Rgb {
  let digits = hex.replace(/^#/, '').toLowerCase();
  if (digits.length === 3 || digits.length === 4) digits = digits.slice(0, 3).replace(/./g, (d) => d + d);
  if (!/^[0-9a-f]{6}([0-9a-f]{2})?$/.test(digits)) throw new Error(`"${hex}" is not a hex colour.`);
  return [0, 2, 4].map((i) => Number.parseInt(digits.slice(i, i + 2), 16)) as unknown as Rgb;
}

export function formatHexColor([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function channelLuminance(channel: number): number {
  const c = channel / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance as WCAG defines it. */
export function relativeLuminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map(channelLuminance) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio between two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(parseHexColor(a));
  const lb = relativeLuminance(parseHexColor(b));
  const [light, dark] = la > lb ? [la, lb] : [lb, la];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * Returns `foreground`, or the nearest colour on the way to black (on light
 * backgrounds) or white (on dark ones) that reaches `minimum` contrast.
 */
export function ensureContrast(foreground: string, background: string, minimum = 4.5): string {
  if (contrastRatio(foreground, background) >= minimum) return formatHexColor(parseHexColor(foreground));
  const fg = parseHexColor(foreground);
  const target: Rgb = relativeLuminance(parseHexColor(background)) > 0.5 ? [0, 0, 0] : [255, 255, 255];
  for (let step = 1; step <= 100; step += 1) {
    const t = step / 100;
    const mixed: Rgb = [fg[0] + (target[0] - fg[0]) * t, fg[1] + (target[1] - fg[1]) * t, fg[2] + (target[2] - fg[2]) * t];
    const candidate = formatHexColor(mixed);
    if (contrastRatio(candidate, background) >= minimum) return candidate;
  }
  return formatHexColor(target);
}
