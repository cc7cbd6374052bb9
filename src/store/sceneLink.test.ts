import { describe, expect, it } from 'vitest';
import { formatFragment, isBareAddress, linkOfQuery, parseFragment, placePoints, QUERY_POINTS_LIMIT } from './sceneLink';

describe('the scene address: query and fragment', () => {
  it('reads old view fragments and the points beside them', () => {
    expect(parseFragment('')).toEqual({ view: 'toys', points: null });
    expect(parseFragment('#image')).toEqual({ view: 'image', points: null });
    expect(parseFragment('#claims')).toEqual({ view: 'claims', points: null });
    expect(parseFragment('#claims&pts=AbC-_')).toEqual({ view: 'claims', points: 'AbC-_' });
    expect(parseFragment('#pts=xyz')).toEqual({ view: 'toys', points: 'xyz' });
    expect(parseFragment('#bogus&other=1')).toEqual({ view: 'toys', points: null });
  });

  it('writes one format that reads back the same', () => {
    for (const f of [
      { view: 'toys', points: null },
      { view: 'image', points: null },
      { view: 'claims', points: 'Q1' },
      { view: 'toys', points: 'Q2' },
    ] as const) {
      expect(parseFragment(formatFragment(f))).toEqual(f);
    }
    expect(formatFragment({ view: 'toys', points: null })).toBe('');
    expect(formatFragment({ view: 'image', points: null })).toBe('#image');
  });

  it('keeps short point sets in the query and long ones in the fragment', () => {
    expect(placePoints('v=1', 'abc', 'toys')).toEqual({ search: '?v=1&pts=abc', hash: '' });
    expect(placePoints('v=1', 'abc', 'image')).toEqual({ search: '?v=1&pts=abc', hash: '#image' });
    const long = 'A'.repeat(QUERY_POINTS_LIMIT);
    expect(placePoints('v=1', long, 'toys')).toEqual({ search: '?v=1', hash: `#pts=${long}` });
    expect(placePoints('v=1', long, 'claims')).toEqual({ search: '?v=1', hash: `#claims&pts=${long}` });
    expect(placePoints('v=1&lr=0.02', null, 'toys')).toEqual({ search: '?v=1&lr=0.02', hash: '' });
  });

  it('turns a stored full query (scene file, local storage) into a link that opens', () => {
    const long = 'B'.repeat(11_423);
    const link = linkOfQuery(`v=1&lr=0.02&pts=${long}&cam=1,2,3,0,0,0`, 'toys');
    expect(link.search).toBe('?v=1&lr=0.02&cam=1,2,3,0,0,0');
    expect(link.hash).toBe(`#pts=${long}`);
    expect(linkOfQuery('?v=1&pts=xy', 'toys')).toEqual({ search: '?v=1&pts=xy', hash: '' });
  });
});

describe('a bare address', () => {
  it('carries no query and no points; a fragment with points is a link', () => {
    expect(isBareAddress('', '')).toBe(true);
    expect(isBareAddress('', '#image')).toBe(true);
    expect(isBareAddress('', '#pts=AAAAgarbage!!')).toBe(false);
    expect(isBareAddress('?seed=2', '')).toBe(false);
  });
});
