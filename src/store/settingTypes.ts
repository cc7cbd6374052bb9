/**
 * The setting types of the registry (settings.ts): the panel group a setting sits in, what a
 * change to it does, and the shape of one definition.
 */
/** 'imageTrain' and 'imageSlice' are the image lab's Train mode (its own sidebar, never the toys' panel). */
export type SettingGroup = 'scene' | 'data' | 'network' | 'training' | 'view' | 'transport' | 'backend' | 'imageTrain' | 'imageSlice';

/**
 * What a change does: 'rebuild' makes new data and a new network, 'reconfigure' keeps the
 * weights and changes the optimiser or stop rule, 'backend' restarts the engine on another
 * backend, 'view' changes only what is drawn or how fast it plays (never the trained result),
 * 'image' is read by the image lab's Train mode when it starts a run (the toys ignore it).
 */
export type SettingEffect = 'rebuild' | 'reconfigure' | 'backend' | 'view' | 'image';

export interface SettingMeta {
  label: string;
  help: string;
  group: SettingGroup;
  effect: SettingEffect;
}

export type SettingDef = SettingMeta &
  (
    | { kind: 'enum'; values: readonly string[]; default: string }
    | { kind: 'number'; min: number; max: number; integer?: boolean; default: number }
    | { kind: 'bool'; default: boolean }
    | { kind: 'intList'; min: number; max: number; maxLength: number; default: number[] }
  );
