/** Colour arithmetic for themes: parsing, WCAG contrast and adjusting a colour until it is legible. */

export type Rgb = readonly [red: number, green: number, blue: number];

const hexPattern = /^#([0-9a-f]{6})$/i;

export const nearBlack = '#1a1a1a';
export const white = '#ffffff';

export function isHexColor(value: string): boolean {
  return hexPattern.test(value);
}

export function parseHex(value: string): Rgb | null {
  const match = hexPattern.exec(value.trim());
  if (match?.[1] === undefined) return null;
  const n = Number.parseInt(match[1], 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

export function toHex([red, green, blue]: Rgb): string {
  return `#${[red, green, blue]
    .map((channel) => Math.round(Math.min(255, Math.max(0, channel))).toString(16).padStart(2, '0'))
    .join('')}`;
}

/** Relative luminance as defined by WCAG 2.x. */
export function relativeLuminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

export function mix(from: Rgb, to: Rgb, amount: number): Rgb {
  return [
    from[0] + (to[0] - from[0]) * amount,
    from[1] + (to[1] - from[1]) * amount,
    from[2] + (to[2] - from[2]) * amount,
  ];
}

/** White or near-black, whichever reads better on the given background. */
export function readableTextOn(background: Rgb): string {
  const light = parseHex(white) as Rgb;
  const dark = parseHex(nearBlack) as Rgb;
  return contrastRatio(background, light) >= contrastRatio(background, dark) ? white : nearBlack;
}

/**
 * The colour itself when it reaches the minimum contrast against the background, otherwise the
 * colour mixed towards black or white (whichever is further from the background) until it does.
 */
export function withMinimumContrast(colour: Rgb, background: Rgb, minimum: number): Rgb {
  if (contrastRatio(colour, background) >= minimum) return colour;
  const target: Rgb = relativeLuminance(background) > 0.18 ? [0, 0, 0] : [255, 255, 255];
  for (let step = 1; step <= 20; step++) {
    const candidate = mix(colour, target, step / 20);
    if (contrastRatio(candidate, background) >= minimum) return candidate;
  }
  return target;
}
