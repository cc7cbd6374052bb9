/**
 * The address of a scene: settings, camera and hide flags in the query; the open view and, when
 * the query would grow long, the edited points in the `#` fragment, which browsers never send to
 * the server (so no server limit such as HTTP 431 can refuse the page).
 *
 * Fragment format: an optional view word, then `&`-separated key=value pairs —
 * `#image`, `#claims&pts=…`, `#pts=…` (toys). Older links' `#image` / `#claims` mean the same.
 */
export const VIEWS = ['toys', 'image', 'claims'] as const;
export type View = (typeof VIEWS)[number];

/** Query length past which the points travel in the fragment instead (common server limits start at ~2–8 kB). */
export const QUERY_POINTS_LIMIT = 2_000;
/** Whole-link length past which sharing the link is discouraged in favour of the scene file. */
export const LINK_SHARE_LIMIT = 8_000;

export interface Fragment {
  view: View;
  points: string | null;
}

export function parseFragment(hash: string): Fragment {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  let view: View = 'toys';
  let points: string | null = null;
  for (const part of body.split('&')) {
    const eq = part.indexOf('=');
    if (eq < 0) {
      if ((VIEWS as readonly string[]).includes(part)) view = part as View;
    } else if (part.slice(0, eq) === 'pts') points = part.slice(eq + 1);
  }
  return { view, points };
}

/**
 * An address that carries no scene (no query, no points in the fragment): the app reopens the
 * last visit's scene for it. A fragment with points is a link, read as such (and its errors shown).
 */
export function isBareAddress(search: string, hash: string): boolean {
  return (search === '' || search === '?') && parseFragment(hash).points === null;
}

export function formatFragment({ view, points }: Fragment): string {
  const parts = [view === 'toys' ? '' : view, points !== null ? `pts=${points}` : ''].filter((p) => p !== '');
  return parts.length ? `#${parts.join('&')}` : '';
}

/**
 * Query (without points) + encoded points -> the link's search and hash. The points join the
 * query while it stays under QUERY_POINTS_LIMIT, otherwise they go to the fragment.
 */
export function placePoints(query: string, points: string | null, view: View): { search: string; hash: string } {
  if (points !== null && query.length + 5 + points.length <= QUERY_POINTS_LIMIT)
    return { search: `?${query}&pts=${points}`, hash: formatFragment({ view, points: null }) };
  return { search: `?${query}`, hash: formatFragment({ view, points }) };
}

/** A full query (as scene files and local storage keep it, points included) as a link that opens. */
export function linkOfQuery(fullQuery: string, view: View): { search: string; hash: string } {
  const parts = fullQuery.replace(/^\?/, '').split('&');
  const pts = parts.find((p) => p.startsWith('pts='));
  return placePoints(parts.filter((p) => p !== pts && p !== '').join('&'), pts ? pts.slice(4) : null, view);
}
