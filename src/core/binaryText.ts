/**
 * Is a file that was read as text really text? Binary files (an image or archive renamed to
 * .csv or .json) decode into NUL bytes, control characters and U+FFFD replacement characters;
 * parsing them as text gives misleading errors ("line 2 has 1 value"), so importers ask first.
 * Works on the decoded string (File.text() and TextDecoder both decode invalid UTF-8 to U+FFFD).
 */

/** Characters looked at: enough to see a binary header and the bytes after it. */
const SAMPLE = 8192;
/** Share of control or replacement characters above which the text is taken as binary. */
const BINARY_SHARE = 0.1;

/** Headers of common binary formats, as they read after UTF-8 decoding. */
const SIGNATURES: [(s: string) => boolean, string][] = [
  [(s) => s.startsWith('\uFFFDPNG'), 'a PNG image'],
  [(s) => /^GIF8[79]a/.test(s), 'a GIF image'],
  [(s) => s.startsWith('\uFFFD\uFFFD\uFFFD'), 'a JPEG image or other binary data'],
  [(s) => s.startsWith('%PDF-'), 'a PDF document'],
  [(s) => s.startsWith('PK' + String.fromCharCode(3, 4)), 'a ZIP archive (also .xlsx, .docx)'],
  [(s) => s.startsWith(String.fromCharCode(0x1f) + '\uFFFD'), 'a gzip archive'],
  [(s) => s.startsWith('RIFF') && s.slice(8, 12) === 'WEBP', 'a WebP image'],
];

/**
 * What the text looks like if it is not text: "a PNG image", "UTF-16 text", "binary data";
 * null for ordinary (UTF-8 or ASCII) text.
 */
export function binaryKind(text: string): string | null {
  const s = text.slice(0, SAMPLE);
  if (s.length === 0) return null;
  let nul = 0,
    nulOdd = 0,
    odd = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0) {
      nul++;
      if (i % 2 === 1) nulOdd++;
    }
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13)) odd++;
  }
  // UTF-16 text of ASCII characters: a NUL beside every character (little-endian: after it).
  const half = s.length / 2;
  if (nul > 0.4 * s.length && (nulOdd > 0.9 * half || nul - nulOdd > 0.9 * half)) return 'UTF-16 text';
  for (const [matches, kind] of SIGNATURES) if (matches(s)) return kind;
  return nul > 0 || odd > BINARY_SHARE * s.length ? 'binary data' : null;
}
