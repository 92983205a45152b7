/** Builds the bundled Azurite (see azurite-bundle.ts); the lock file given as the argument is removed at the end. */
import { rmSync } from 'node:fs';
import { ensureAzuriteBundle } from './azurite-bundle.js';

const lock = process.argv[2];
try {
  console.log(`Azurite bundle: ${await ensureAzuriteBundle()}`);
} finally {
  if (lock) rmSync(lock, { force: true });
}
