import { inflateSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';

import { encodePng } from './png-encoder.ts';

/** Splits a PNG into its chunks (type and data), checking the signature. */
function readChunks(png: Buffer): Array<{ type: string; data: Buffer }> {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks = [];
  for (let offset = 8; offset < png.length;) {
    const length = png.readUInt32BE(offset);
    chunks.push({
      type: png.toString('latin1', offset + 4, offset + 8),
      data: png.subarray(offset + 8, offset + 8 + length),
    });
    offset += 12 + length;
  }
  return chunks;
}

describe('encodePng', () => {
  it('writes IHDR, IDAT and IEND holding the exact pixels', () => {
    const pixels = Uint8Array.of(255, 0, 0, 255, 0, 0, 255, 128);
    const chunks = readChunks(encodePng({ width: 2, height: 1, pixels }));

    const [ihdr, idat] = chunks;
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    if (!ihdr || !idat) throw new Error('missing chunks');
    const header = ihdr.data;
    expect([header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9]]).toEqual([
      2, 1, 8, 6,
    ]);
    // One filter byte (0) before each row.
    expect([...inflateSync(idat.data)]).toEqual([0, ...pixels]);
  });

  it('refuses a pixel buffer of the wrong size', () => {
    expect(() => encodePng({ width: 2, height: 2, pixels: new Uint8Array(3) })).toThrow(RangeError);
  });
});
