import { beforeEach, describe, expect, it } from 'vitest';
import { useApp } from './appStore';
import { storeSceneFromLink } from './applyLink';

/** Open a link and return the text of the one notice it gives (null if none). */
function open(search: string, hash = ''): { count: number; notice: string | null } {
  useApp.setState({ notices: [] });
  const count = storeSceneFromLink(search, hash);
  const n = useApp.getState().notices;
  expect(n.length).toBeLessThanOrEqual(1);
  return { count, notice: n[0]?.message ?? null };
}

/** Settings in the link's order, then the camera, then the points: the order of the combined report. */
const FIELD_NOTICES: [string, string][] = [
  ['preset=nonsense', 'Scene "nonsense" is not one of the app\'s scenes; the default scene "Paper 3-D: checkerboard plane" is used.'],
  ['lr=-5', 'Learning rate -5 is below the smallest allowed, 0.000001; 0.000001 is used.'],
  ['hidden=abc,,3', 'Hidden layers "abc,,3" is not a list of layer widths like 16,16; the scene\'s 400 is used.'],
  ['seed=1.5', 'Seed 1.5 is not a whole number; rounded to 2.'],
  ['backend=quantum', 'Backend "quantum" is not one of auto, webgpu, webgl, wasm, cpu, js; the default auto is used.'],
  ['cam=foo', 'Camera "foo" is not 7 numbers (position x,y,z, target x,y,z, zoom > 0); the default view is used.'],
  [
    'pts=garbage',
    'The edited points could not be restored: the points in the link are not readable (the pts value is damaged or was not written by this app); the generated points are shown.',
  ],
];

describe('a repaired link names every field it repaired', () => {
  beforeEach(() => useApp.setState({ notices: [] }));

  for (const [query, text] of FIELD_NOTICES)
    it(`${query}: what was given and what is used`, () => {
      expect(open(`?${query}`)).toEqual({ count: 1, notice: text });
    });

  it('all seven faults in one link: one notice that names each of them', () => {
    const { count, notice } = open(`?${FIELD_NOTICES.map(([q]) => q).join('&')}`);
    expect(count).toBe(7);
    expect(notice!.split('\n')).toEqual(['This link was repaired in 7 places:', ...FIELD_NOTICES.map(([, t]) => `• ${t}`)]);
    const s = useApp.getState().settings;
    expect([s.preset, s.lr, s.hidden, s.seed, s.backend]).toEqual(['paper-plane', 0.000001, [400], 2, 'auto']);
  });

  it('points in the fragment that cannot be read give the same notice', () => {
    expect(open('', '#pts=AAAAgarbage!!').notice).toBe(
      'The edited points could not be restored: the points in the link are not readable; the generated points are shown.',
    );
  });

  it('a clean link gives no notice', () => {
    expect(open('?preset=paper-line&lr=0.003&seed=4')).toEqual({ count: 0, notice: null });
  });

  it('a number both fractional and out of range says both', () => {
    expect(open('?count=1.5').notice).toBe('Points 1.5 is not a whole number and below the smallest allowed, 2; 2 is used.');
  });
});
