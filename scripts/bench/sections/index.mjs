/**
 * The bench report's sections, in report order. A section is one file exporting
 * `{ id, title, run(ctx) → { rows, data } }`: rows are table lines
 * `{ metric, value?, display, target, met: true | false | null }`, data goes to results.json.
 * To add a measurement (attack latency, image experiments, …) add a file and list it here.
 */
import bundleSize from './bundleSize.mjs';
import coldStart from './coldStart.mjs';
import training from './training.mjs';
import imageTraining from './imageTraining.mjs';
import boundary from './boundary.mjs';
import longTasks from './longTasks.mjs';
import orbitFps from './orbitFps.mjs';
import attacks from './attacks.mjs';
import journey from './journey.mjs';

export const SECTIONS = [bundleSize, coldStart, training, boundary, imageTraining, longTasks, orbitFps, attacks, journey];
