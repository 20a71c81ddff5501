/**
 * Draws the installable app's icons (a compass on the default Koers colour) and writes them to
 * src/web/public/app/icons as SVG and PNG, without any image library.
 *
 * Run after changing the design: npx tsx src/web/build/generate-app-icons.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

type Rgb = readonly [number, number, number];
type Point = readonly [number, number];

const background: Rgb = [0x00, 0x5a, 0x87];
const foreground: Rgb = [0xff, 0xff, 0xff];
const needleTail: Rgb = [0xf5, 0xa6, 0x23];

const centre = 0.5;
const ringOuter = 0.34;
const ringInner = 0.295;
const needleNorth: Point[] = rotate([[0, -0.25], [0.075, 0], [-0.075, 0]]);
const needleSouth: Point[] = rotate([[0.075, 0], [0, 0.25], [-0.075, 0]]);

/** Points of the needle in icon units, turned 45 degrees so it points north-east. */
function rotate(points: Point[]): Point[] {
  const angle = Math.PI / 4;
  return points.map(([x, y]) => [
    centre + x * Math.cos(angle) - y * Math.sin(angle),
    centre + x * Math.sin(angle) + y * Math.cos(angle),
  ]);
}

function insidePolygon([x, y]: Point, polygon: Point[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i] as Point;
    const [xj, yj] = polygon[j] as Point;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function insideRoundedSquare([x, y]: Point, radius: number): boolean {
  const dx = Math.max(radius - x, x - (1 - radius), 0);
  const dy = Math.max(radius - y, y - (1 - radius), 0);
  return dx * dx + dy * dy <= radius * radius;
}

/** The colour at a point, or null outside the icon. */
function colourAt(point: Point, cornerRadius: number): Rgb | null {
  if (!insideRoundedSquare(point, cornerRadius)) return null;
  if (insidePolygon(point, needleNorth)) return foreground;
  if (insidePolygon(point, needleSouth)) return needleTail;
  const distance = Math.hypot(point[0] - centre, point[1] - centre);
  if (distance <= ringOuter && distance >= ringInner) return foreground;
  return background;
}

function renderRgba(size: number, cornerRadius: number): Buffer {
  const samples = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = colourAt(
            [(px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size],
            cornerRadius,
          );
          if (colour === null) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered++;
        }
      }
      const offset = (py * size + px) * 4;
      if (covered > 0) {
        pixels[offset] = Math.round(r / covered);
        pixels[offset + 1] = Math.round(g / covered);
        pixels[offset + 2] = Math.round(b / covered);
      }
      pixels[offset + 3] = Math.round((covered / (samples * samples)) * 255);
    }
  }
  return pixels;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (crcTable[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function encodePng(size: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(rows, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

function hex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

function svg(cornerRadius: number): string {
  const points = (polygon: Point[]): string =>
    polygon.map(([x, y]) => `${(x * 512).toFixed(1)},${(y * 512).toFixed(1)}`).join(' ');
  const ringRadius = ((ringOuter + ringInner) / 2) * 512;
  const ringWidth = (ringOuter - ringInner) * 512;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="${String(cornerRadius * 512)}" fill="${hex(background)}"/>
  <circle cx="256" cy="256" r="${ringRadius.toFixed(1)}" fill="none" stroke="${hex(foreground)}" stroke-width="${ringWidth.toFixed(1)}"/>
  <polygon points="${points(needleNorth)}" fill="${hex(foreground)}"/>
  <polygon points="${points(needleSouth)}" fill="${hex(needleTail)}"/>
</svg>
`;
}

const iconsDirectory = fileURLToPath(new URL('../public/app/icons/', import.meta.url));
const roundedCorner = 0.18;

writeFileSync(`${iconsDirectory}icon.svg`, svg(roundedCorner));
writeFileSync(`${iconsDirectory}icon-maskable.svg`, svg(0));
for (const size of [192, 512]) {
  writeFileSync(`${iconsDirectory}icon-${String(size)}.png`, encodePng(size, renderRgba(size, roundedCorner)));
}
writeFileSync(`${iconsDirectory}icon-maskable-512.png`, encodePng(512, renderRgba(512, 0)));
