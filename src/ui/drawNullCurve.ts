/**
 * The null model on a histogram canvas (SCIENCE.md §4): the Beta density of ρ for a direction
 * unrelated to the manifold (orange) and its mean k/n (dashed). One drawing for every ρ chart.
 */
export function drawNullCurve(
  g: CanvasRenderingContext2D,
  X: (x: number) => number,
  Y: (y: number) => number,
  pdf: (x: number) => number,
  mean: number,
  top: number,
  bottom: number,
  xMax: number,
  dpr: number,
): void {
  g.strokeStyle = '#e8710a';
  g.lineWidth = 2 * dpr;
  g.beginPath();
  for (let i = 1; i < 200; i++) {
    const x = (i / 200) * xMax;
    if (i === 1) g.moveTo(X(x), Y(pdf(x)));
    else g.lineTo(X(x), Y(pdf(x)));
  }
  g.stroke();
  g.setLineDash([4 * dpr, 3 * dpr]);
  g.beginPath();
  g.moveTo(X(mean), top);
  g.lineTo(X(mean), bottom);
  g.stroke();
  g.setLineDash([]);
}
