import { useApp } from '../../store/appStore';
import { useImageLab } from '../../store/imageLabStore';
import { parseFragment } from '../../store/sceneLink';

/** The help overlay's sections, in the order it shows them. */
export const HELP_SECTIONS = [
  { id: 'toys', label: 'Toys' },
  { id: 'image-attack', label: 'Image lab: Attack' },
  { id: 'image-train', label: 'Image lab: Train' },
  { id: 'claims', label: 'Claims' },
  { id: 'keys', label: 'Keyboard' },
  { id: 'science', label: 'The science' },
] as const;
export type HelpSectionId = (typeof HELP_SECTIONS)[number]['id'];

/** Where the next opening of the help scrolls to; null: the section of the tab in view. */
let requested: HelpTarget | null = null;

export type HelpTarget = { section: HelpSectionId; anchor?: string };
/** The open overlay's handler for a request made while it is open (a link inside the help). */
let whileOpen: ((t: HelpTarget) => void) | null = null;
export function onHelpRequest(f: ((t: HelpTarget) => void) | null): void {
  whileOpen = f;
}

/** Opens the help at a section (and an anchor inside it, e.g. a docs/science.md section). */
export function openHelp(section?: HelpSectionId, anchor?: string): void {
  const target = section ? { section, anchor } : null;
  if (useApp.getState().helpOpen && whileOpen) return void whileOpen(target ?? { section: currentTabSection() });
  requested = target;
  useApp.setState({ helpOpen: true });
}

/** The section for the tab in view: the toys, the image lab's mode, or Claims. */
export function currentTabSection(): HelpSectionId {
  const view = parseFragment(window.location.hash).view;
  if (view === 'claims') return 'claims';
  if (view === 'image') return useImageLab.getState().mode === 'train' ? 'image-train' : 'image-attack';
  return 'toys';
}

/** The place the help opens at (and forgets the request). */
export function takeHelpTarget(): HelpTarget {
  const t = requested ?? { section: currentTabSection() };
  requested = null;
  return t;
}
