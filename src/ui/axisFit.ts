/**
 * Vertical (y) axis widths from their tick labels, for every uPlot chart (ui/usePlot.ts): uPlot
 * takes an axis's `size` as given, so a fixed size cuts a long label at the canvas's left edge.
 */
import type uPlot from 'uplot';

type PlotOptions = Omit<uPlot.Options, 'width' | 'height'>;

/** uPlot's defaults for an axis's tick length and its gap to the labels, CSS px. */
const TICK_SIZE = 10;
const LABEL_GAP = 5;

/**
 * Width in CSS px a vertical axis needs so that no tick label is cut at the canvas edge: its
 * tick, the gap, the widest label (measured) and the axis title's band, at least `min`.
 */
export function verticalAxisSize(widestLabel: number, parts: { tick?: number; gap?: number; title?: number }, min: number): number {
  const need = (parts.tick ?? TICK_SIZE) + (parts.gap ?? LABEL_GAP) + widestLabel + (parts.title ?? 0) + 2;
  return Math.ceil(Math.max(min, need));
}

/**
 * Every shown vertical axis (y on the left or right) sized to its widest tick label, never
 * below the size it declares: a fixed size cut long labels (e.g. −0.4732) at the left edge.
 */
export function fitVerticalAxes(options: PlotOptions): PlotOptions {
  if (!options.axes) return options;
  const axes = options.axes.map((a, i) => {
    const side = a.side ?? (i === 0 ? 2 : 3);
    if (a.show === false || side % 2 === 0 || typeof a.size === 'function') return a;
    const min = a.size ?? 0;
    const size: uPlot.Axis.Size = (u, values, axisIdx) => {
      const axis = u.axes[axisIdx];
      // After init uPlot holds the font as [font at the device pixel ratio, its px, its css px]:
      // measured in device px, divided back to CSS px.
      const font = axis.font as unknown as [string, number, number];
      u.ctx.font = font[0];
      const widest = Math.max(0, ...(values ?? []).map((v) => u.ctx.measureText(String(v ?? '')).width)) / (font[1] / font[2]);
      const tick = axis.ticks?.show === false ? 0 : (axis.ticks?.size ?? TICK_SIZE);
      return verticalAxisSize(widest, { tick, gap: axis.gap, title: axis.label ? (axis.labelSize ?? 30) : 0 }, min);
    };
    return { ...a, size };
  });
  return { ...options, axes };
}
