import { writePng } from "./write-png.ts";

// The app's mark: a ring with a dot, "aim at the intent". Drawn here so the package needs no binary
// files in the repository; 4×4 supersampling smooths the edges.

type Rgb = [number, number, number];
const ACCENT: Rgb = [0x1f, 0x6f, 0x8b];
const WHITE: Rgb = [0xff, 0xff, 0xff];

/** How much of pixel (x, y) the mark covers, 0..1, on a canvas of `size` pixels. */
function coverage(x: number, y: number, size: number): number {
  const samples = 4;
  let inside = 0;
  for (let sy = 0; sy < samples; sy++) {
    for (let sx = 0; sx < samples; sx++) {
      const dx = (x + (sx + 0.5) / samples) / size - 0.5;
      const dy = (y + (sy + 0.5) / samples) / size - 0.5;
      const r = Math.hypot(dx, dy);
      if ((r >= 0.26 && r <= 0.36) || r <= 0.11) inside++;
    }
  }
  return inside / (samples * samples);
}

function draw(size: number, pixel: (cover: number) => [number, number, number, number]): Buffer {
  const rgba = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) rgba.set(pixel(coverage(x, y, size)), (y * size + x) * 4);
  return writePng(size, size, rgba);
}

/** 192×192, full colour: a white mark on the accent colour (Teams rounds the corners itself). */
export function drawColorIcon(): Buffer {
  return draw(192, (cover) => {
    const mix = (channel: number) => Math.round(ACCENT[channel]! * (1 - cover) + WHITE[channel]! * cover);
    return [mix(0), mix(1), mix(2), 255];
  });
}

/** 32×32 outline: white on transparent, as Teams requires. */
export function drawOutlineIcon(): Buffer {
  return draw(32, (cover) => [255, 255, 255, Math.round(cover * 255)]);
}
