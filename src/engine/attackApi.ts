/**
 * Worker-side attack commands (issue 3). The worker spreads this object into its API.
 * Read the current model with currentSession()?.snapshot() from ./engineState.
 */
export const attackApi = {};
