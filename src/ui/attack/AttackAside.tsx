import { AttackPanel } from './AttackPanel';

/** The right column when a lecturer's link hides the charts but not the attacks (`?hide=charts`). */
export function AttackAside() {
  return (
    <aside className="panel charts-panel" aria-label="Attacks" data-testid="attack-aside">
      <AttackPanel />
    </aside>
  );
}
