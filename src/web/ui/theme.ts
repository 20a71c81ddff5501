import { contrastRatio, mix, parseHex, readableTextOn, toHex, white, withMinimumContrast, type Rgb } from './color';

/** The colours of a tenant's house style (huisstijl). */
export interface ThemeColours {
  primaryColor: string;
  accentColor: string;
}

export const defaultTheme: ThemeColours = {
  primaryColor: '#005a87',
  accentColor: '#f5a623',
};

const pageBackground = parseHex(white) as Rgb;

/** WCAG 2.2 AA minimum for normal text. */
export const minimumTextContrast = 4.5;

/**
 * The design tokens that follow from a house style. Text colours on the primary and accent
 * colours are chosen for contrast, and the primary colour used as text on the page background
 * is darkened when the tenant's colour is too light to read.
 */
export function themeProperties(colours: ThemeColours): Record<string, string> {
  const primary = parseHex(colours.primaryColor) ?? parseHex(defaultTheme.primaryColor) ?? [0, 0, 0];
  const accent = parseHex(colours.accentColor) ?? parseHex(defaultTheme.accentColor) ?? [0, 0, 0];
  const primaryText = parseHex(readableTextOn(primary)) as Rgb;
  const hoverTarget: Rgb = primaryText[0] > 128 ? [0, 0, 0] : [255, 255, 255];
  return {
    '--koers-color-primary': toHex(primary),
    '--koers-color-primary-text': toHex(primaryText),
    '--koers-color-primary-hover': toHex(mix(primary, hoverTarget, 0.2)),
    '--koers-color-primary-on-background': toHex(withMinimumContrast(primary, pageBackground, minimumTextContrast)),
    '--koers-color-accent': toHex(accent),
    '--koers-color-accent-text': readableTextOn(accent),
  };
}

/** Whether the primary colour can be used as text on the page background as it is. */
export function primaryReadsOnBackground(colours: ThemeColours): boolean {
  const primary = parseHex(colours.primaryColor);
  return primary !== null && contrastRatio(primary, pageBackground) >= minimumTextContrast;
}

/**
 * Applies a house style to the whole page at run time: sets the colour tokens as CSS custom
 * properties on the root element and the browser's theme colour. Passing null restores the
 * default Koers colours.
 */
export function applyTheme(houseStyle: ThemeColours | null, root: HTMLElement = document.documentElement): void {
  const properties = themeProperties(houseStyle ?? defaultTheme);
  for (const [name, value] of Object.entries(properties)) {
    root.style.setProperty(name, value);
  }
  const themeColour = properties['--koers-color-primary'];
  const meta = document.querySelector<HTMLMetaElement>('meta[name="theme-color"]');
  if (meta !== null && themeColour !== undefined) meta.content = themeColour;
}
