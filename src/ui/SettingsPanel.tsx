import type { SettingName } from '../store/settings';
import { SettingControl } from './SettingControl';
import { BackendPanel } from './BackendPanel';
import { PointsPanel } from './PointsPanel';
import { useApp } from '../store/appStore';

const GROUPS: { title: string; names: SettingName[] }[] = [
  { title: 'Data', names: ['manifold', 'pattern', 'layout', 'count', 'seed', 'amplitude'] },
  { title: 'Network', names: ['hidden', 'activation', 'initScale'] },
  { title: 'Training', names: ['optimizer', 'lr', 'weightDecay', 'batchSize', 'marginTarget', 'maxEpochs'] },
  { title: 'View', names: ['colorByHeight', 'showManifold', 'gridTrain', 'gridPaused'] },
];

/** Left panel: every setting of the registry, grouped. */
export function SettingsPanel() {
  const hidden = useApp((s) => s.hidden);
  if (hidden.includes('settings')) return <aside className="panel settings-panel" aria-label="Settings" />;
  return (
    <aside className="panel settings-panel" aria-label="Settings">
      {GROUPS.filter((g) => g.names.some((n) => !hidden.includes(n))).map((g) => (
        <section key={g.title}>
          <h2>{g.title}</h2>
          {g.names.map((n) => (
            <SettingControl key={n} name={n} />
          ))}
          {g.title === 'Data' && !hidden.includes('points') && <PointsPanel />}
        </section>
      ))}
      {!hidden.includes('backend') && <BackendPanel />}
    </aside>
  );
}
