import { crc32, inflateSync } from 'node:zlib';
import { encodePng } from '../../src/cli/png';

/** The file's chunks: type, data, and whether the stored CRC is that of type and data. */
function chunks(png: Buffer): { type: string; data: Buffer; crcOk: boolean }[] {
  const found = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const typed = png.subarray(at + 4, at + 8 + length);
    found.push({
      type: typed.subarray(0, 4).toString('latin1'),
      data: typed.subarray(4),
      crcOk: png.readUInt32BE(at + 8 + length) === crc32(typed),
    });
    at += 12 + length;
  }
  return found;
}

describe('encodePng', () => {
  // 3 × 2 pixels: red, green, blue / white, black, half-transparent grey.
  const pixels = Uint8Array.from([
    255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255, 0, 0, 0, 255, 128, 128, 128, 128,
  ]);

  it('writes the signature, then IHDR (3 × 2, 8-bit RGBA), IDAT and IEND, each with its CRC', () => {
    const png = encodePng(pixels, 3, 2);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const found = chunks(png);
    expect(found.map(({ type, crcOk }) => [type, crcOk])).toEqual([
      ['IHDR', true],
      ['IDAT', true],
      ['IEND', true],
    ]);
    expect([...found[0].data]).toEqual([0, 0, 0, 3, 0, 0, 0, 2, 8, 6, 0, 0, 0]);
    expect(found[2].data.length).toBe(0);
  });

  it('stores each row after a filter byte 0 (none), the pixels unchanged', () => {
    const idat = chunks(encodePng(pixels, 3, 2))[1].data;
    expect([...inflateSync(idat)]).toEqual([0, ...pixels.subarray(0, 12), 0, ...pixels.subarray(12)]);
  });

  it('refuses pixels that are not width × height', () => {
    expect(() => encodePng(pixels, 2, 2)).toThrow('24 bytes are not 2 × 2 pixels');
  });
});
