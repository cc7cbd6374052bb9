import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { binaryKind } from './binaryText';

/** Bytes as File.text() gives them: decoded as UTF-8, invalid sequences as U+FFFD. */
const asText = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('binary content read as text', () => {
  it('a PNG (the app’s own screenshot) is named as one', () => {
    expect(binaryKind(asText(readFileSync('docs/screenshot.png')))).toBe('a PNG image');
  });

  it('UTF-16 text, a ZIP and random bytes are not text', () => {
    const utf16 = new Uint8Array(Buffer.from('x,y,z,label\n0.1,0.2,0.5,1\n', 'utf16le'));
    expect(binaryKind(asText(utf16))).toBe('UTF-16 text');
    expect(binaryKind(asText(Uint8Array.from([0x50, 0x4b, 3, 4, 20, 0, 0, 0])))).toBe('a ZIP archive (also .xlsx, .docx)');
    let seed = 7;
    const noise = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 256);
    expect(binaryKind(asText(noise))).not.toBeNull();
  });

  it('CSV, JSON, and UTF-8 text with accents or a stray Latin-1 byte are text', () => {
    expect(binaryKind('x,y,z,label\n0.1,0.2,0.5,1\n0.3,0.4,0.5,0\n')).toBeNull();
    expect(binaryKind('{"version":1,"n":3,"points":[[0,0,0.5]],"labels":[0]}')).toBeNull();
    expect(binaryKind('coördonnée;étiquette\r\n0,5;1\r\n\t0,25;0\n')).toBeNull();
    expect(
      binaryKind(asText(Uint8Array.from([...Buffer.from('x,y,label caf'), 0xe9, ...Buffer.from('\n0.1,0.2,1\n0.3,0.4,0\n')]))),
    ).toBeNull();
    expect(binaryKind('')).toBeNull();
  });
});
