import type { ImageAttackResult, ImagePanel } from '../../engine/imageTypes';
import { ImageCanvas } from './ImageCanvas';

const HELP: Record<ImagePanel['key'], string> = {
  x: 'The clean digit x and the classifier’s prediction.',
  delta: 'The perturbation δ = x′ − x (red +, blue −; the three δ panels share one colour scale).',
  tangent: 'P_T δ: the part of δ along the autoencoder manifold’s tangent space at x (docs/science.md §3).',
  normal: 'P_N δ: the part of δ perpendicular to the manifold.',
  adv: 'The adversarial image x + δ.',
  advTangent: 'x + P_T δ: only the on-manifold part of the attack (classified unclipped).',
  advNormal: 'x + P_N δ: only the off-manifold part of the attack (classified unclipped).',
};

function Caption({ p, original }: { p: ImagePanel; original: number }) {
  if (p.kind === 'diff')
    return (
      <figcaption>
        <b>{p.title}</b>
        <span>|·| = {p.norm.toFixed(3)}</span>
      </figcaption>
    );
  const flipped = p.pred !== original;
  return (
    <figcaption>
      <b>{p.title}</b>
      <span className={flipped ? 'flipped' : ''} data-testid={`pred-${p.key}`}>
        {p.pred} ({((p.confidence ?? 0) * 100).toFixed(0)} %)
      </span>
      {p.key !== 'x' && <span>|·| = {p.norm.toFixed(3)}</span>}
    </figcaption>
  );
}

/** The paper's row x | δ | P_T δ | P_N δ | x+δ | x+P_T δ | x+P_N δ (docs/science.md §3 Exp. A). */
export function SevenImageRow({ result, side }: { result: ImageAttackResult; side: number }) {
  const diffs = result.panels.filter((p) => p.kind === 'diff');
  let scale = 1e-9;
  for (const p of diffs) for (const v of p.pixels) scale = Math.max(scale, Math.abs(v));
  return (
    <div className="seven-row" data-testid="seven-row" data-flipped={String(result.finalClass !== result.originalClass)}>
      {result.panels.map((p) => (
        <figure key={p.key} title={HELP[p.key]} data-testid={`panel-${p.key}`}>
          <ImageCanvas pixels={p.pixels} side={side} size={70} scale={p.kind === 'diff' ? scale : 0} />
          <Caption p={p} original={result.originalClass} />
        </figure>
      ))}
    </div>
  );
}
