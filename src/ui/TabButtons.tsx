/** One tab of a tab list: its id, its label and its tooltip. */
export interface TabSpec<T extends string> {
  readonly id: T;
  readonly label: string;
  readonly help: string;
}

/**
 * The role="tab" buttons of a tab list (the caller draws the role="tablist" container): the
 * selected tab is aria-selected and has the class `active`; each has data-testid
 * `${testIdPrefix}${id}`.
 */
export function TabButtons<T extends string>(p: {
  tabs: readonly TabSpec<T>[];
  selected: T | null;
  onSelect: (id: T) => void;
  testIdPrefix: string;
}) {
  return p.tabs.map((t) => (
    <button
      key={t.id}
      role="tab"
      aria-selected={p.selected === t.id}
      className={p.selected === t.id ? 'active' : ''}
      onClick={() => p.onSelect(t.id)}
      title={t.help}
      data-testid={`${p.testIdPrefix}${t.id}`}
    >
      {t.label}
    </button>
  ));
}
