/**
 * Draws the Verwonder icon (a white "V" with a golden sparkle on Antwerp red) and writes
 * extension/assets/icon.png, the single source Plasmo resizes into every manifest icon size.
 * Run: `npm run icon -w extension`. The PNG is committed; rerun only when the design changes.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { encodePng, type RgbaImage } from './png-encoder.ts';

type Rgba = readonly [number, number, number, number];

const SIZE = 512;
const SUPERSAMPLING = 4;
const TRANSPARENT: Rgba = [0, 0, 0, 0];
const ANTWERP_RED: Rgba = [200, 16, 46, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const GOLD: Rgba = [255, 196, 37, 255];

function insideRoundedSquare(x: number, y: number, margin: number, radius: number): boolean {
  const min = margin + radius;
  const max = SIZE - margin - radius;
  const dx = Math.max(min - x, 0, x - max);
  const dy = Math.max(min - y, 0, y - max);
  return dx * dx + dy * dy <= radius * radius;
}

/** Distance from (x, y) to the segment (ax, ay)-(bx, by). */
function distanceToSegment(
  x: number,
  y: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.min(1, Math.max(0, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(x - (ax + t * vx), y - (ay + t * vy));
}

function insideV(x: number, y: number): boolean {
  const halfStroke = 36;
  return (
    distanceToSegment(x, y, 138, 168, 256, 402) <= halfStroke ||
    distanceToSegment(x, y, 374, 168, 256, 402) <= halfStroke
  );
}

/** A four-pointed star: the region sqrt(|dx|/r) + sqrt(|dy|/r) <= 1. */
function insideSparkle(x: number, y: number, cx: number, cy: number, r: number): boolean {
  return Math.sqrt(Math.abs(x - cx) / r) + Math.sqrt(Math.abs(y - cy) / r) <= 1;
}

function colourAt(x: number, y: number): Rgba {
  if (!insideRoundedSquare(x, y, 16, 104)) return TRANSPARENT;
  if (insideSparkle(x, y, 404, 108, 74)) return GOLD;
  if (insideV(x, y)) return WHITE;
  return ANTWERP_RED;
}

export function drawIcon(): RgbaImage {
  const pixels = new Uint8Array(SIZE * SIZE * 4);
  const samples = SUPERSAMPLING * SUPERSAMPLING;
  for (let py = 0; py < SIZE; py++) {
    for (let px = 0; px < SIZE; px++) {
      // Premultiplied accumulation keeps anti-aliased edges free of dark fringes.
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < SUPERSAMPLING; sy++) {
        for (let sx = 0; sx < SUPERSAMPLING; sx++) {
          const [cr, cg, cb, ca] = colourAt(
            px + (sx + 0.5) / SUPERSAMPLING,
            py + (sy + 0.5) / SUPERSAMPLING,
          );
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      }
      const offset = (py * SIZE + px) * 4;
      pixels[offset] = a === 0 ? 0 : Math.round(r / a);
      pixels[offset + 1] = a === 0 ? 0 : Math.round(g / a);
      pixels[offset + 2] = a === 0 ? 0 : Math.round(b / a);
      pixels[offset + 3] = Math.round(a / samples);
    }
  }
  return { width: SIZE, height: SIZE, pixels };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = fileURLToPath(new URL('../assets/icon.png', import.meta.url));
  writeFileSync(target, encodePng(drawIcon()));
  console.log(`wrote ${target}`);
}
