import * as Comlink from 'comlink';

/**
 * Lets an AbortSignal travel as a Comlink argument: the page keeps its signal, the worker gets
 * a twin that aborts when the page's does. A MessageChannel carries the abort (a signal cannot
 * be cloned). Both sides import this module (client.ts on the page, worker.ts in the worker)
 * so the handler is registered wherever a call is made or received.
 */
const ports = new WeakMap<AbortSignal, MessagePort>();

Comlink.transferHandlers.set('abortSignal', {
  canHandle: (value: unknown): value is AbortSignal => typeof AbortSignal !== 'undefined' && value instanceof AbortSignal,
  serialize(signal: AbortSignal): [MessagePort, Transferable[]] {
    const { port1, port2 } = new MessageChannel();
    const send = () => {
      port1.postMessage('abort');
      port1.close();
    };
    if (signal.aborted) send();
    else signal.addEventListener('abort', send, { once: true });
    return [port2, [port2]];
  },
  deserialize(port: MessagePort): AbortSignal {
    const controller = new AbortController();
    port.onmessage = () => {
      controller.abort();
      port.close();
    };
    ports.set(controller.signal, port);
    return controller.signal;
  },
} satisfies Comlink.TransferHandler<AbortSignal, MessagePort>);

/** The worker is done with a received signal: close its channel (no abort can matter now). */
export function releaseSignal(signal: AbortSignal | undefined): void {
  if (!signal) return;
  ports.get(signal)?.close();
  ports.delete(signal);
}
