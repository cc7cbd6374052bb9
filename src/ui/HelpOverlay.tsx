import { lazy, Suspense, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useApp } from '../store/appStore';
import { KEY_BINDINGS, type KeyBinding } from './keyBindings';
import { TrainingHelp } from './image/training/TrainingHelp';
import { ToysHelp } from './help/ToysHelp';
import { ImageAttackHelp } from './help/ImageAttackHelp';
import { ClaimsHelp } from './help/ClaimsHelp';
import { HELP_SECTIONS, onHelpRequest, takeHelpTarget, type HelpSectionId, type HelpTarget } from './help/helpTarget';

const ScienceHelp = lazy(() => import('./help/ScienceHelp'));
const close = () => useApp.setState({ helpOpen: false });

/**
 * What each tab's views and metrics mean, the keyboard shortcuts and docs/science.md. Opens at
 * the section of the tab in view (or the one a link asked for); the header with the section
 * links and Close stays in place while the body scrolls; Esc closes (keyBindings.ts).
 */
export function HelpOverlay() {
  const open = useApp((s) => s.helpOpen);
  const body = useRef<HTMLDivElement>(null);
  const target = useRef<HelpTarget | null>(null);
  if (open && !target.current) target.current = takeHelpTarget();
  if (!open) target.current = null;

  const goTo = (id: string) => {
    const el = body.current?.querySelector<HTMLElement>(`#${id}`);
    // The body is the sections' offsetParent (position: relative).
    if (el && body.current) body.current.scrollTop = el.offsetTop;
    return Boolean(el);
  };
  // An anchor in the science text appears once its lazy chunk has loaded: wait for it.
  const pending = useRef<MutationObserver | null>(null);
  const show = (t: HelpTarget) => {
    pending.current?.disconnect();
    pending.current = null;
    const id = t.anchor ?? `help-${t.section}`;
    if (goTo(id) || !body.current) return;
    const observer = new MutationObserver(() => goTo(id) && observer.disconnect());
    observer.observe(body.current, { childList: true, subtree: true });
    pending.current = observer;
  };
  useLayoutEffect(() => {
    if (!open) return;
    if (target.current) show(target.current);
    onHelpRequest(show);
    return () => {
      onHelpRequest(null);
      pending.current?.disconnect();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
  if (!open) return null;
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label="Help" onClick={close} data-testid="help-overlay">
      <div className="overlay-card help-card" onClick={(e) => e.stopPropagation()} data-opened-at={target.current?.section}>
        <header className="help-head">
          <h2>Dimpled Manifold Lab: help</h2>
          <nav aria-label="Help sections">
            {HELP_SECTIONS.map((s) => (
              <button key={s.id} type="button" onClick={() => goTo(`help-${s.id}`)} data-testid={`help-goto-${s.id}`}>
                {s.label}
              </button>
            ))}
          </nav>
          <button className="help-close" onClick={close} title="Close the help (Esc)" data-testid="help-close">
            ✕ Close
          </button>
        </header>
        <div className="help-body" ref={body} data-testid="help-body">
          <p>
            Shamir, Melamed and BenShmuel (2021) argue that training first moves the decision boundary onto the data manifold (
            <b>clinging</b>) and then bends it into shallow bulges around each training point (<b>dimpling</b>). The shortest way across
            such a boundary is then almost perpendicular to the manifold, which would explain tiny, noise-like adversarial perturbations.
            This lab lets you watch it happen and measure it.
          </p>
          <Section id="toys" title="Toys">
            <ToysHelp />
          </Section>
          <Section id="image-attack" title="Image lab: Attack">
            <ImageAttackHelp />
          </Section>
          {/* TrainingHelp brings its own heading. */}
          <Section id="image-train">
            <TrainingHelp />
          </Section>
          <Section id="claims" title="Claims">
            <ClaimsHelp />
          </Section>
          <Section id="keys" title="Keyboard">
            <ul className="keys" data-testid="help-keys">
              {KEY_BINDINGS.filter((b) => !b.context).map(keyItem)}
            </ul>
            <h3>Keyboard in the lecture</h3>
            <ul className="keys" data-testid="help-keys-lecture">
              {KEY_BINDINGS.filter((b) => b.context === 'lecture').map(keyItem)}
            </ul>
          </Section>
          <Section id="science" title="The science (docs/science.md)">
            <Suspense fallback={<p>Loading docs/science.md…</p>}>
              <ScienceHelp />
            </Suspense>
          </Section>
        </div>
      </div>
    </div>
  );
}

function Section({ id, title, children }: { id: HelpSectionId; title?: string; children: ReactNode }) {
  return (
    <section id={`help-${id}`} className="help-section" data-testid={`help-section-${id}`}>
      {title && <h2>{title}</h2>}
      {children}
    </section>
  );
}

function keyItem(b: KeyBinding) {
  return (
    <li key={`${b.label.join('+')} ${b.help}`}>
      {b.label.map((k, i) => (
        <span key={i}>
          {i > 0 && (b.ctrl ? '+' : ' ')}
          <kbd>{k}</kbd>
        </span>
      ))}{' '}
      {b.help}
    </li>
  );
}
