import { useApp } from '../../../store/appStore';
import { getEngine } from '../../../store/engineBridge';
import { useImageTraining } from '../../../store/imageTraining';
import { exportTrainedModel, showSavedRun, trainSettingsOf, putTrainedInLab } from '../../../store/imageTrainingActions';
import { parseImageRunText } from '../../../store/imageRunFile';
import { pushNotice } from '../../../store/appStore';
import { useRef } from 'react';
import { trainingCsv, trainingRun } from '../../../store/imageTrainingExport';
import { trainingLive } from '../../../store/imageTrainingLive';
import { downloadBlob, downloadText } from '../../download';
import { runAB } from '../../../store/imageLabActions';
import { useImageLab } from '../../../store/imageLabStore';
import { HiddenFileInput } from '../../HiddenFileInput';

/** The trained network in the lab (attacks, Experiments A+B), as tfjs layers files; the metrics as CSV / JSON. */
export function UseTrainedBar() {
  const st = useImageTraining();
  const file = useRef<HTMLInputElement>(null);
  const load = async (f: File) => {
    const r = parseImageRunText(await f.text());
    if (!r.ok) return pushNotice('error', `${r.message} Nothing was changed.`, { scope: 'image' });
    await showSavedRun(r.run);
  };
  const viewing = st.viewing;
  const haveNet = !!st.info && !st.fromFile && st.status !== 'creating';
  const idle = st.status !== 'running';
  const label = viewing === null ? `epoch ${st.epoch}` : `epoch ${viewing}`;
  const name = () => {
    const s = useApp.getState().settings;
    return `${useImageLab.getState().dataset}-${s.imgModel}-seed${s.imgSeed}`;
  };

  const sendToLab = async (thenAB: boolean) => {
    const info = await putTrainedInLab();
    if (!info) return;
    useImageLab.setState({ info, attack: null, slice: null });
    const thumbs = await getEngine()?.imageThumbnails(60);
    if (thumbs) useImageLab.setState({ thumbs });
    if (thenAB) {
      useImageLab.setState({ mode: 'attack' });
      await runAB(5, true);
    }
  };
  const exportModel = async () => {
    const m = await exportTrainedModel();
    if (!m) return;
    downloadText(m.modelJson, 'model.json', 'application/json');
    downloadBlob(new Blob([m.weights]), 'weights.bin');
  };
  const json = () => {
    const { dataset, k } = useImageLab.getState();
    const run = trainingRun(trainSettingsOf(useApp.getState().settings, dataset, k), st.info, trainingLive.records);
    downloadText(JSON.stringify(run, null, 1), `${name()}.json`, 'application/json');
  };
  const metricFiles = [
    {
      label: 'CSV',
      title: 'Every epoch’s metrics as CSV, both nulls of each ρ (k/n and support-matched) and the metric time included',
      save: () => downloadText(trainingCsv(trainingLive.records, st.info?.probe ?? null), `${name()}.csv`, 'text/csv'),
    },
    {
      label: 'JSON',
      title: 'The run’s settings, probe and every epoch’s metrics with the attack cadence then in force, as JSON',
      save: json,
    },
  ];
  return (
    <div className="train-use" data-testid="train-use">
      <button
        onClick={() => void sendToLab(false)}
        disabled={!haveNet || !idle}
        title="Make this network the image lab's classifier: the attacks, the 3-D slice and Experiments A+B use it (switching the data set brings back the shipped one)"
        data-testid="train-use-lab"
      >
        Use {label} in the lab
      </button>
      <button
        onClick={() => void sendToLab(true)}
        disabled={!haveNet || !idle}
        title="Use this network in the lab and run Experiments A+B on the first 5 test digits"
        data-testid="train-use-ab"
      >
        Experiments A+B on 5 digits
      </button>
      <button
        onClick={() => void exportModel()}
        disabled={!haveNet}
        title="Download this network in tfjs layers format (model.json + weights.bin; tf.loadLayersModel reads it)"
        data-testid="train-export-model"
      >
        Export model
      </button>
      {metricFiles.map((m) => (
        <button
          key={m.label}
          onClick={m.save}
          disabled={!st.info && !st.fromFile}
          title={m.title}
          data-testid={`train-export-${m.label.toLowerCase()}`}
        >
          {m.label}
        </button>
      ))}
      <button
        onClick={() => file.current?.click()}
        disabled={!idle}
        title="Show the metrics of a run saved as JSON (its settings and seed come back; press Train to re-run it)"
        data-testid="train-load-run"
      >
        Load run…
      </button>
      <HiddenFileInput ref={file} accept=".json,application/json" testId="train-run-file" onFiles={([f]) => void load(f)} />
    </div>
  );
}
