import type { MouseEvent } from 'react';
import { openHelp } from './helpTarget';

/**
 * A reference to a section of docs/science.md, as a link that opens the help at that section,
 * rendered from the same file (the app ships no separate docs page).
 */
export function ScienceRef({ section, children }: { section: number; children?: string }) {
  const open = (e: MouseEvent) => {
    e.stopPropagation();
    openHelp('science', `science-${section}`);
  };
  return (
    <button
      type="button"
      className="science-ref"
      onClick={open}
      title={`Open docs/science.md §${section} in the help`}
      data-testid={`science-ref-${section}`}
    >
      {children ?? `docs/science.md §${section}`}
    </button>
  );
}
