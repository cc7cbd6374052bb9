import { useReplay } from './useReplay';

/** What a scrubber is about: its words and test ids. */
export interface ScrubberText {
  /** Prefix of the test ids `${testId}-replay` and `${testId}-slider`. */
  testId: string;
  /** What the snapshots show ("the boundary", "the slice"), for the tooltips. */
  what: string;
  /** The slider's accessible name. */
  label: string;
}

export interface SnapshotScrubberProps<T> {
  /** The recorded snapshots, oldest first. */
  snapshots: readonly T[];
  /** The snapshot on view (the last while live). */
  index: number;
  show: (entry: T) => unknown;
  /** Milliseconds between replayed snapshots. */
  periodMs: number;
  text: ScrubberText;
}

/** Replay / Stop and the slider over a run's recorded snapshots (the toys' timeline and the image run's). */
export function SnapshotScrubber<T>({ snapshots, index, show, periodMs, text }: SnapshotScrubberProps<T>) {
  const [replaying, toggle] = useReplay(() => snapshots, show, periodMs);
  return (
    <>
      <button onClick={toggle} title={`Replay ${text.what}, snapshot by snapshot`} data-testid={`${text.testId}-replay`}>
        {replaying ? '■ Stop' : '⟲ Replay'}
      </button>
      <input
        type="range"
        min={0}
        max={snapshots.length - 1}
        value={Math.max(0, index)}
        onChange={(e) => void show(snapshots[Number(e.target.value)])}
        aria-label={text.label}
        title={`Drag to see ${text.what} at a recorded epoch`}
        data-testid={`${text.testId}-slider`}
      />
    </>
  );
}
