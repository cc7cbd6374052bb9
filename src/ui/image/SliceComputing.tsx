/**
 * Placeholder for a 3-D slice the worker is still computing (res³ forward passes, seconds on
 * the CPU backend): a spinner and what is on its way, so the blank area does not read as broken.
 */
export function SliceComputing({ text, testId, overlay }: { text: string; testId: string; overlay?: boolean }) {
  return (
    <p
      className={`muted slice-computing${overlay ? ' slice-computing-overlay' : ''}`}
      role="status"
      aria-live="polite"
      data-testid={testId}
    >
      <span className="spinner" aria-hidden="true" /> {text}
    </p>
  );
}
