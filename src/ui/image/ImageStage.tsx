import { attackSpec } from '../../core/attacks/registry';
import { startNote } from '../attack/format';
import { Notices } from '../Notices';
import type { ImageAttackResult } from '../../engine/imageTypes';
import { ImageAttackPanel } from './ImageAttackPanel';
import { ImageSliceView } from './ImageSliceView';
import { useImageLab } from '../../store/imageLabStore';
import { SevenImageRow } from './SevenImageRow';

function AttackSummary({ r }: { r: ImageAttackResult }) {
  const flipped = r.finalClass !== r.originalClass;
  const note = startNote(r);
  return (
    <p className="image-attack-summary" data-testid="image-attack-summary">
      <b>{attackSpec(r.attackId).displayName}</b>
      {r.index !== null ? ` on test digit ${r.index} (label ${r.label})` : ' on the drawn digit'}:{' '}
      <span className={flipped ? 'flipped' : ''}>
        {r.originalClass} → {r.finalClass}
      </span>
      {r.success ? ` at step ${r.flipStep}` : note ? '' : ' (no flip)'} of {r.steps} · |δ|₂ = {r.l2.toFixed(3)} · |δ|∞ = {r.linf.toFixed(3)}{' '}
      ·{' '}
      <span title="ρ_δ = |P_T δ|²/|δ|² against the autoencoder tangent space at x, with the null of a direction spread over all n pixels, Beta(k/2, (n−k)/2), mean k/n (docs/science.md §4). On images judge ρ_δ against the support-matched null beside it: k/n is the textbook baseline.">
        ρ_δ = {r.rho.toFixed(3)} (null k/n = {r.nullMean.toFixed(3)}, 95 % {r.nullLo.toFixed(3)}–{r.nullHi.toFixed(3)})
      </span>{' '}
      {r.supportNull && (
        <span
          data-testid="image-support-null"
          title="Support-matched null (docs/science.md §4): random perturbations with δ's own per-pixel magnitudes and random signs, so pixels held on a box face stay fixed. Judge ρ_δ against this one on images: the box keeps δ off many pixels and the tangent space weighs pixels unevenly, which k/n ignores. ρ_δ above its 97.5 % leans towards M; below its 2.5 % is more normal to M than chance (the DMM claim)."
        >
          · support-matched null {r.supportNull.mean.toFixed(3)} (95 % {r.supportNull.lo.toFixed(3)}–{r.supportNull.hi.toFixed(3)}; δ ≠ 0 on{' '}
          {r.supportNull.support} of {r.panels[0].pixels.length} pixels){' '}
        </span>
      )}
      · angle to M {r.angleDeg.toFixed(0)}° · x to manifold MSE {r.reconMse.toFixed(4)} · {r.elapsedMs.toFixed(0)} ms
      {note && (
        <span className="attack-flag" data-testid="image-start-note" data-start={r.start}>
          {' '}
          · ⚠ {note}
        </span>
      )}
    </p>
  );
}

/** The middle column: attack bar, the seven-image row with its summary, and the 3-D slice. */
export function ImageStage() {
  const attack = useImageLab((s) => s.attack);
  const side = useImageLab((s) => s.info?.side ?? 14);
  return (
    <main className="stage image-stage" data-testid="image-stage">
      <ImageAttackPanel />
      {attack ? (
        <>
          <SevenImageRow result={attack} side={side} />
          <AttackSummary r={attack} />
        </>
      ) : (
        <p className="muted image-hint">Click a digit on the left (or draw one) to attack it.</p>
      )}
      <ImageSliceView />
      <Notices scope="image" />
    </main>
  );
}
