#!/usr/bin/env node
// Draws Parley's toolbar icon (two overlapping speech bubbles: two sides meeting) as PNGs in
// assets/public/icon/. Pure Node (zlib), so no image tool is needed; run it after changing the design.
import fs from 'node:fs';
import zlib from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};
function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

// Shapes in a unit square: a blue bubble (left) and an amber bubble (right), each a disc with a tail.
const BLUE = [31, 95, 191];
const AMBER = [214, 140, 32];
const inDisc = (x, y, cx, cy, r) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const inTail = (x, y, ax, ay, bx, by, cx, cy) => {
  const s = (px, py, qx, qy, rx, ry) => (px - rx) * (qy - ry) - (qx - rx) * (py - ry);
  const d1 = s(x, y, ax, ay, bx, by), d2 = s(x, y, bx, by, cx, cy), d3 = s(x, y, cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
};
function colourAt(x, y) {
  const amber = inDisc(x, y, 0.63, 0.52, 0.3) || inTail(x, y, 0.72, 0.72, 0.86, 0.95, 0.55, 0.78);
  const blue = inDisc(x, y, 0.37, 0.42, 0.3) || inTail(x, y, 0.28, 0.62, 0.14, 0.85, 0.45, 0.68);
  if (blue) return BLUE; // the front bubble
  if (amber) return AMBER;
  return null;
}
function pixel(size) {
  const SS = 4;
  return (px, py) => {
    let r = 0, g = 0, b = 0, a = 0;
    for (let i = 0; i < SS; i++)
      for (let j = 0; j < SS; j++) {
        const c = colourAt((px + (i + 0.5) / SS) / size, (py + (j + 0.5) / SS) / size);
        if (c) { r += c[0]; g += c[1]; b += c[2]; a++; }
      }
    return a ? [Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((255 * a) / (SS * SS))] : [0, 0, 0, 0];
  };
}
for (const size of [16, 32, 48, 96, 128]) fs.writeFileSync(`assets/public/icon/${size}.png`, png(size, pixel(size)));
console.log('icons written to assets/public/icon/');
