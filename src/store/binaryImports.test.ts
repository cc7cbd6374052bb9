import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { artifactsFromFiles } from '../core/model/importedModelFiles';
import { importPointSet } from './pointSetIO';
import { parseSceneFile } from './sceneFile';
import { parseImageRunText } from './imageRunFile';

// Every importer of text files says a binary file is one (here a PNG renamed), instead of a parse error.
const png = readFileSync('docs/screenshot.png');
const pngText = new TextDecoder().decode(png);
const target = { n: 3, numClasses: 2, bounds: { lo: [-0.2, -0.2, -0.2], hi: [1.2, 1.2, 1.2] } };

describe('a PNG renamed to a text format', () => {
  it('points: "not a text CSV", with where CSV comes from', () => {
    const r = importPointSet(pngText, 'shot.csv', target);
    expect(r).toEqual({
      ok: false,
      message:
        'shot.csv is not a text CSV (it looks like a PNG image): export points with Points → CSV or JSON, or save a spreadsheet as CSV (UTF-8). The current points were kept.',
    });
    expect(importPointSet(pngText, 'shot.json', target)).toMatchObject({
      ok: false,
      message: expect.stringContaining('is not a text JSON file'),
    });
  });

  it('scene file, image-run file and model.json say so too', async () => {
    expect(parseSceneFile(pngText)).toMatchObject({ ok: false, message: expect.stringContaining('not text (it looks like a PNG image)') });
    expect(parseImageRunText(pngText)).toMatchObject({
      ok: false,
      message: expect.stringContaining('not text (it looks like a PNG image)'),
    });
    await expect(artifactsFromFiles([{ name: 'model.json', bytes: new Uint8Array(png) }])).rejects.toThrow(
      'model.json is not text (it looks like a PNG image)',
    );
  });

  it('a text CSV with one value on a line: "1 value", not "1 values"', () => {
    expect(importPointSet('x,y,z,label\n0.1\n', 'a.csv', target)).toMatchObject({
      ok: false,
      message: expect.stringContaining('line 2 has 1 value; expected 3 coordinates and a label.'),
    });
  });
});
