/**
 * Called by the experiment loops between epochs. The CLI passes none (the loop runs straight
 * through); the worker passes one that yields to its other messages (progress, heartbeat,
 * cancel) and throws to cancel.
 */
export type Checkpoint = () => Promise<void>;
