import { useApp } from '../store/appStore';
import { changeSettings, controls } from '../store/engineBridge';

const SPEEDS: { value: number; label: string }[] = [
  { value: 0.1, label: '0.1× slow' },
  { value: 0.25, label: '0.25× slow' },
  { value: 1, label: '1 epoch/tick' },
  { value: 5, label: '5 epochs/tick' },
  { value: 20, label: '20 epochs/tick' },
  { value: 200, label: '200 epochs/tick' },
  { value: 1e6, label: 'Max' },
];

/** Play / pause / step / reset and the speed control. */
export function TransportControls() {
  const runState = useApp((s) => s.runState);
  const ready = useApp((s) => s.engineStatus === 'ready');
  const speed = useApp((s) => s.settings.speed);
  const running = runState === 'running';
  return (
    <div className="transport" role="group" aria-label="Training controls">
      <button
        className="primary train-toggle"
        onClick={controls.toggle}
        disabled={!ready || runState === 'diverged'}
        title={running ? 'Pause training (Space)' : 'Train (Space)'}
        data-testid="play"
      >
        {running ? '❚❚ Pause' : '▶ Train'}
      </button>
      <button onClick={controls.step} disabled={!ready || running} title="Train one epoch (S)" data-testid="step">
        Step
      </button>
      <button onClick={controls.reset} disabled={!ready} title="New network from the seed, same data (R)" data-testid="reset">
        Reset
      </button>
      <select
        aria-label="Speed"
        title="Epochs per tick (about 60 ticks a second); below 1 is slow motion"
        value={SPEEDS.some((s) => s.value === speed) ? speed : ''}
        onChange={(e) => void changeSettings({ speed: Number(e.target.value) })}
        data-testid="speed"
      >
        {!SPEEDS.some((s) => s.value === speed) && <option value="">{speed} epochs/tick</option>}
        {SPEEDS.map((s) => (
          <option key={s.value} value={s.value}>
            {s.label}
          </option>
        ))}
      </select>
      <span className={`run-state run-state-${runState}`} data-testid="run-state" title="What the trainer is doing">
        {runState}
      </span>
    </div>
  );
}
