// Draws the Hearback icon (a speech bubble with a check mark on blue) as PNGs with no dependencies.
// Run: npm run icons. The PNGs are committed; this script documents how they were made.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
export function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r; raw[o + 1] = g; raw[o + 2] = b; raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

// Coverage of a unit-square pixel by a shape, by 4x4 supersampling.
function cover(x, y, inside) {
  let n = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (inside(x + (i + 0.5) / 4, y + (j + 0.5) / 4)) n++;
  return n / 16;
}
function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

export function icon(size) {
  const s = size;
  const r = s * 0.22;
  const inBg = (x, y) => {
    const cx = Math.min(Math.max(x, r), s - r), cy = Math.min(Math.max(y, r), s - r);
    return Math.hypot(x - cx, y - cy) <= r;
  };
  // bubble: rounded rect in the upper part plus a tail
  const bx0 = s * 0.18, bx1 = s * 0.82, by0 = s * 0.2, by1 = s * 0.68, br = s * 0.12;
  const inBubble = (x, y) => {
    const cx = Math.min(Math.max(x, bx0 + br), bx1 - br), cy = Math.min(Math.max(y, by0 + br), by1 - br);
    if (x >= bx0 && x <= bx1 && y >= by0 && y <= by1 && Math.hypot(x - cx, y - cy) <= br) return true;
    // tail triangle
    const ty = (y - by1) / (s * 0.16);
    return ty >= 0 && ty <= 1 && x >= s * 0.3 && x <= s * 0.3 + s * 0.16 * (1 - ty);
  };
  const w = Math.max(1.2, s * 0.075);
  const inCheck = (x, y) => distToSegment(x, y, s * 0.34, s * 0.45, s * 0.46, s * 0.56) <= w || distToSegment(x, y, s * 0.46, s * 0.56, s * 0.67, s * 0.33) <= w;
  return png(size, (x, y) => {
    const bg = cover(x, y, inBg);
    if (bg === 0) return [0, 0, 0, 0];
    const bub = cover(x, y, inBubble);
    const chk = cover(x, y, (u, v) => inBubble(u, v) && inCheck(u, v));
    const blue = [11, 87, 208];
    const white = [255, 255, 255];
    const c = (i) => Math.round(blue[i] * (1 - bub) + white[i] * (bub - chk) + blue[i] * chk);
    return [c(0), c(1), c(2), Math.round(255 * bg)];
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'icons');
  mkdirSync(dir, { recursive: true });
  for (const size of [16, 32, 48, 128]) writeFileSync(join(dir, `icon${size}.png`), icon(size));
  console.log('icons written to', dir);
}
