// Draws the add-in's icons (app icon and one per ribbon button, at every size the manifest uses) and writes
// them as PNG files to assets/icons/. No image library: shapes are rasterised with 4×4 supersampling and
// encoded with node:zlib. Run with `npm run icons`; the PNGs are committed, the build only copies them.

import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "assets", "icons");

// ---- PNG ------------------------------------------------------------------------------------------

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
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA pixels (Uint8Array, width*height*4) to a PNG file. */
export function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---- Shapes on a 0..1 canvas ------------------------------------------------------------------------

const hex = (h) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];

const rect = (x0, y0, x1, y1, color, r = 0) => ({
  color: hex(color),
  inside: (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    if (r === 0) return true;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  },
});

const frame = (x0, y0, x1, y1, w, color, r = 0) => {
  const outer = rect(x0, y0, x1, y1, color, r);
  const inner = rect(x0 + w, y0 + w, x1 - w, y1 - w, color, Math.max(0, r - w));
  return { color: outer.color, inside: (x, y) => outer.inside(x, y) && !inner.inside(x, y) };
};

/** A polyline of thickness w with round joints. */
const stroke = (points, w, color) => ({
  color: hex(color),
  inside: (x, y) => {
    for (let i = 0; i + 1 < points.length; i++) {
      const [ax, ay] = points[i];
      const [bx, by] = points[i + 1];
      const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
      if ((x - ax - t * (bx - ax)) ** 2 + (y - ay - t * (by - ay)) ** 2 <= (w / 2) ** 2) return true;
    }
    return false;
  },
});

function render(size, shapes) {
  const px = new Uint8Array(size * size * 4);
  const S = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const u = (x + (sx + 0.5) / S) / size;
          const v = (y + (sy + 0.5) / S) / size;
          let hit;
          for (const shape of shapes) if (shape.inside(u, v)) hit = shape.color;
          if (hit) { r += hit[0]; g += hit[1]; b += hit[2]; a++; }
        }
      }
      const i = (y * size + x) * 4;
      if (a) { px[i] = r / a; px[i + 1] = g / a; px[i + 2] = b / a; px[i + 3] = Math.round((255 * a) / (S * S)); }
    }
  }
  return px;
}

// ---- The icons ----------------------------------------------------------------------------------------

const BLUE = "#1F5FA8";
const GREEN = "#2E8540";
const GREY = "#5F6B7A";
const CHECK = [[0.27, 0.53], [0.44, 0.7], [0.75, 0.33]];

const ICONS = {
  // The add-in: a white check mark on a blue tile.
  app: [rect(0.04, 0.04, 0.96, 0.96, BLUE, 0.18), stroke(CHECK, 0.13, "#FFFFFF")],
  // 校验: a green check in a table frame.
  validate: [frame(0.08, 0.08, 0.92, 0.92, 0.07, GREY, 0.1), stroke(CHECK, 0.12, GREEN)],
  // 填充: Σ, the derived totals it writes.
  fill: [stroke([[0.74, 0.2], [0.26, 0.2], [0.54, 0.5], [0.26, 0.8], [0.74, 0.8]], 0.11, BLUE)],
  // 插入模板: a table with a shaded header row.
  template: [
    rect(0.1, 0.14, 0.9, 0.34, BLUE),
    frame(0.1, 0.14, 0.9, 0.86, 0.06, GREY),
    rect(0.1, 0.54, 0.9, 0.59, GREY),
    rect(0.42, 0.14, 0.47, 0.86, GREY),
  ],
  // 打开任务窗格: a window with its right-hand pane.
  pane: [frame(0.06, 0.14, 0.94, 0.86, 0.06, GREY, 0.06), rect(0.58, 0.14, 0.94, 0.86, BLUE, 0.06), rect(0.58, 0.14, 0.66, 0.86, BLUE)],
  // 清除标记 (WPS ribbon): a marked cell crossed out.
  clear: [rect(0.14, 0.14, 0.86, 0.86, "#FFC7CE", 0.08), frame(0.14, 0.14, 0.86, 0.86, 0.06, GREY, 0.08), stroke([[0.3, 0.3], [0.7, 0.7]], 0.1, "#C00000"), stroke([[0.7, 0.3], [0.3, 0.7]], 0.1, "#C00000")],
  // 撤销 (WPS ribbon): an arrow turning back.
  undo: [stroke([[0.3, 0.42], [0.62, 0.42], [0.78, 0.56], [0.62, 0.74], [0.36, 0.74]], 0.1, BLUE), stroke([[0.42, 0.26], [0.26, 0.42], [0.42, 0.58]], 0.1, BLUE)],
};

const SIZES = { app: [16, 32, 64, 80, 128], validate: [16, 32, 80], fill: [16, 32, 80], template: [16, 32, 80], pane: [16, 32, 80], clear: [16, 32, 80], undo: [16, 32, 80] };

mkdirSync(OUT, { recursive: true });
for (const [name, shapes] of Object.entries(ICONS)) {
  for (const size of SIZES[name]) {
    const file = path.join(OUT, `${name}-${size}.png`);
    writeFileSync(file, encodePng(size, size, render(size, shapes)));
    console.log(path.relative(process.cwd(), file));
  }
}
