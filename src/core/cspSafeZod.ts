import { z } from 'zod';

/**
 * Zod compiles fast parsers with `new Function` after probing whether eval is allowed; under our
 * CSP (no 'unsafe-eval') that probe is reported as a violation even though it is caught. The
 * entry points (main.tsx, the worker) import this first so zod never probes.
 */
z.config({ jitless: true });
