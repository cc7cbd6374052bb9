import type { MouseEvent } from 'react';
import { LECTURE_STEPS } from './lectureSteps';
import { exitLecture, goToStep, nextStep, prevStep, togglePresenter, useLecture } from './lectureStore';
import { LectureStatus, useLectureRetraining } from './LectureStatus';

/** Run a lecture command and drop the button's focus, so Space keeps meaning play/pause. */
const act = (fn: () => void) => (e: MouseEvent<HTMLButtonElement>) => {
  e.currentTarget.blur();
  fn();
};

/** The lecture card: the step's claim, its critique, what the app measures, and navigation. */
export function LecturePanel() {
  const index = useLecture((s) => s.step);
  const presenter = useLecture((s) => s.presenter);
  const fullscreen = useLecture((s) => s.fullscreen);
  const step = LECTURE_STEPS[index];
  const retraining = useLectureRetraining();
  const last = LECTURE_STEPS.length - 1;
  return (
    <aside className="panel lecture-panel" aria-label="Lecture" data-testid="lecture-panel" data-step={step.id}>
      <div className="lecture-head">
        <span className="lecture-count" data-testid="lecture-count">
          Step {index + 1} / {LECTURE_STEPS.length}
        </span>
        <button
          className={presenter ? 'active' : ''}
          onClick={act(togglePresenter)}
          title={
            fullscreen
              ? 'Presenter view (full screen): large fonts, high contrast (F)'
              : 'Presenter view: large fonts, high contrast; also asks the browser for full screen, which it may refuse (then F11) (F)'
          }
          data-testid="lecture-presenter"
        >
          Presenter view
        </button>
        <button onClick={act(exitLecture)} title="Leave the lecture and go back to the lab (Esc)" data-testid="lecture-exit">
          ✕ Exit
        </button>
      </div>
      <div className="lecture-body" data-testid="lecture-body">
        <h2 className="lecture-title" data-testid="lecture-title">
          {step.title}
        </h2>
        <p className="lecture-claim">{step.claim}</p>
        <h3>The main critique</h3>
        <p>{step.critique}</p>
        <h3>What the app measures</h3>
        <p>{step.measures}</p>
      </div>
      {/* Outside the scrolling body: what to do now is never cut off. */}
      {retraining ? (
        <LectureStatus />
      ) : (
        <p className="lecture-action" data-testid="lecture-action">
          {step.action}
        </p>
      )}
      <nav className="lecture-nav" aria-label="Lecture steps">
        <button onClick={act(prevStep)} disabled={index === 0} title="Previous step (←)" data-testid="lecture-prev">
          ← Back
        </button>
        <span className="lecture-dots">
          {LECTURE_STEPS.map((s, i) => (
            <button
              key={s.id}
              className={i === index ? 'active' : ''}
              onClick={act(() => goToStep(i))}
              title={s.title}
              aria-label={s.title}
            >
              {i + 1}
            </button>
          ))}
        </span>
        <button className="primary" onClick={act(nextStep)} disabled={index === last} title="Next step (→)" data-testid="lecture-next">
          Next →
        </button>
      </nav>
    </aside>
  );
}
