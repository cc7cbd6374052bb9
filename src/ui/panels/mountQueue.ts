import { useEffect, useState } from 'react';

/**
 * One WebGL canvas mounted per task. Creating a context and compiling its shaders costs
 * ~100–300 ms of main-thread time on software GL; a drawer of five panels mounted in one go made
 * a single task of over a second (bench: journey). Queued, each mount is its own task, after a
 * frame, so input and painting get in between.
 */
const queue: (() => void)[] = [];
let scheduled = false;

function pump(): void {
  scheduled = false;
  queue.shift()?.();
  if (queue.length) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(() => setTimeout(pump, 0));
}

/** False until this component's turn in the queue has come. */
export function useQueuedMount(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let alive = true;
    queue.push(() => alive && setReady(true));
    schedule();
    return () => {
      alive = false;
    };
  }, []);
  return ready;
}
