import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Content-Security-Policy for the served app (document and worker). No 'unsafe-eval': the only
 * exception is 'wasm-unsafe-eval', which WebAssembly.instantiate needs for the tfjs wasm
 * backend. Inline styles are allowed for React style props and uPlot.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' data: blob:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

// No COOP/COEP headers: the threaded wasm build of tfjs crashes under Vite, so the engine
// uses the single-threaded SIMD build (see src/engine/backends.ts).
export default defineConfig({
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
  },
  server: { port: 5173 },
  preview: { port: 4173, headers: { 'Content-Security-Policy': CSP } },
});
