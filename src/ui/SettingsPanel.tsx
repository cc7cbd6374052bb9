import type { SettingName } from '../store/settings';
import { SettingControl } from './SettingControl';
import { BackendPanel } from './BackendPanel';

const GROUPS: { title: string; names: SettingName[] }[] = [
  { title: 'Data', names: ['manifold', 'pattern', 'layout', 'count', 'seed', 'amplitude'] },
  { title: 'Network', names: ['hidden', 'activation', 'initScale'] },
  { title: 'Training', names: ['optimizer', 'lr', 'weightDecay', 'batchSize', 'marginTarget', 'maxEpochs'] },
  { title: 'View', names: ['colorByHeight', 'showManifold', 'gridTrain', 'gridPaused'] },
];

/** Left panel: every setting of the registry, grouped. */
export function SettingsPanel() {
  return (
    <aside className="panel settings-panel" aria-label="Settings">
      {GROUPS.map((g) => (
        <section key={g.title}>
          <h2>{g.title}</h2>
          {g.names.map((n) => (
            <SettingControl key={n} name={n} />
          ))}
        </section>
      ))}
      <BackendPanel />
    </aside>
  );
}
