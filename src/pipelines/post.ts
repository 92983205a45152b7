/** Post-job handler (task.json `postjobexecution`, runs even when the job was canceled): wiring only. */
import { abortOnSignals, finish } from './signals.js';
import { runPost } from './task.js';

const controller = abortOnSignals('stopping the cleanup');
finish(runPost({ signal: controller.signal }));
