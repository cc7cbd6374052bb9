import { fileURLToPath } from 'node:url';
// @ts-expect-error plain ESM helper shared with the bench, no type declarations
import { assertTestBuild } from '../scripts/checks/testBuild.mjs';

/** The suite drives the app through its test hooks: refuse a production build with a clear message. */
export default function globalSetup(): void {
  assertTestBuild(fileURLToPath(new URL('../dist', import.meta.url)));
}
