import { settingsInGroup, type SettingGroup } from '../store/settings';
import { SettingControl } from './SettingControl';
import { BackendPanel } from './BackendPanel';
import { PointsPanel } from './PointsPanel';
import { useApp } from '../store/appStore';

/** The registry groups this panel shows (scene, transport and backend have their own controls). */
const PANEL_GROUPS: { title: string; group: SettingGroup }[] = [
  { title: 'Data', group: 'data' },
  { title: 'Network', group: 'network' },
  { title: 'Training', group: 'training' },
  { title: 'View', group: 'view' },
];
const GROUPS = PANEL_GROUPS.map((g) => ({ title: g.title, names: settingsInGroup(g.group) }));

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
