import { presetById } from '../../store/presets';
import type { SettingName, Settings } from '../../store/settings';
import type { LectureStep } from './lectureSteps';

/** The settings a step ends up with: its preset's settings, then its own overrides. */
export function stepSettings(step: LectureStep): Partial<Settings> {
  const preset = step.settings.preset ? presetById(step.settings.preset)?.settings : undefined;
  return { ...preset, ...step.settings };
}

/** True when entering the step changes a setting (else the current run is kept as it is). */
export function needsSetup(current: Settings, step: LectureStep): boolean {
  const want = stepSettings(step);
  return (Object.keys(want) as SettingName[]).some((k) => JSON.stringify(current[k]) !== JSON.stringify(want[k]));
}
