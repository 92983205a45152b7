/** Execution handler (task.json `execution`): wiring only. */
import { abortOnSignals, finish } from './signals.js';
import { runMain } from './task.js';

const controller = abortOnSignals('canceling the build and revoking roles');
finish(runMain({ signal: controller.signal }));
