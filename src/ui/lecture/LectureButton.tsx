import { exitLecture, startLecture, useLecture } from './lectureStore';

/** Top-bar switch into (and out of) the guided lecture. */
export function LectureButton() {
  const active = useLecture((s) => s.active);
  return (
    <button
      className={active ? 'active' : ''}
      onClick={(e) => {
        e.currentTarget.blur();
        if (active) exitLecture();
        else startLecture();
      }}
      title="Lecture mode: a guided walk through the four puzzles the paper claims to explain, each with its critique (L; ← → step, F presenter view, Esc exits)"
      data-testid="lecture-toggle"
    >
      Lecture
    </button>
  );
}
