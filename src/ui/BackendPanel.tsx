import { useApp } from '../store/appStore';
import { SettingControl } from './SettingControl';

/** Backend choice: the forced or automatic backend, what is active and why. */
export function BackendPanel() {
  const backend = useApp((s) => s.backend);
  const status = useApp((s) => s.engineStatus);
  return (
    <section aria-label="Backend">
      <h2>Backend</h2>
      <SettingControl name="backend" />
      <p className="backend-info" data-testid="backend-info">
        {status === 'choosing-backend' && 'Measuring backends…'}
        {status === 'failed' && 'The engine failed to start.'}
        {status === 'ready' && backend && (
          <>
            Active: <strong data-testid="backend-active">{backend.active}</strong>
            <br />
            <span className="muted">{backend.reason}</span>
          </>
        )}
      </p>
    </section>
  );
}
