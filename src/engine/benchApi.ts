/**
 * Worker-side benchmark commands for `npm run bench` (scripts/bench/). The worker spreads this
 * object into its API; the page exposes it through window.__lab for the bench driver.
 */
export const benchApi = {};
