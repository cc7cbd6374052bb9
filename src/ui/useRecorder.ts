import { useRef, useState } from 'react';
import { pushNotice } from '../store/appStore';
import { downloadBlob } from './download';

/** Records a canvas as WebM with MediaRecorder, where the browser supports it. */
export function useRecorder(canvas: () => HTMLCanvasElement | null) {
  const rec = useRef<MediaRecorder | null>(null);
  const [recording, setRecording] = useState(false);
  const supported = typeof MediaRecorder !== 'undefined' && MediaRecorder.isTypeSupported?.('video/webm');
  const start = () => {
    const c = canvas();
    if (!c || !supported) return pushNotice('warning', 'This browser cannot record the view as WebM video.');
    const chunks: Blob[] = [];
    const r = new MediaRecorder(c.captureStream(30), { mimeType: 'video/webm' });
    r.ondataavailable = (e) => e.data.size > 0 && chunks.push(e.data);
    r.onstop = () => {
      setRecording(false);
      downloadBlob(new Blob(chunks, { type: 'video/webm' }), 'dimpled-manifold-training.webm');
    };
    r.start(500);
    rec.current = r;
    setRecording(true);
    pushNotice('info', 'Recording the view… press "Stop recording" to download the video.');
  };
  const stop = () => rec.current?.state === 'recording' && rec.current.stop();
  return { supported, recording, start, stop };
}
