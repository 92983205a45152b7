/**
 * Vitest's global set-up: runs once before the test files. Starts building the bundled Azurite the simulators
 * start (test/azure-sim/azurite-bundle.ts) unless this machine has it, without waiting for it.
 */
import { startAzuriteBundleBuild } from './azure-sim/azurite-bundle.js';

export default function setup(): void {
  startAzuriteBundleBuild();
}
