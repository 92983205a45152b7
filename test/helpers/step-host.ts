/** A StepHost that keeps what the step flow wrote (outputs, summary, checkpoint, result), for in-process tests. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Simulator } from '../azure-sim/index.js';
import {
  type Checkpoint,
  type RawInputs,
  type StepHost,
  type StepStatus,
  resolveCloud,
} from '../../src/core/index.js';
import { type RecordingLogger, baseInputs, recordingLogger } from './core.js';
import { secretCredential } from './sdk.js';

export interface RecordingHost extends StepHost {
  logger: RecordingLogger;
  outputs: Record<string, string>;
  summary: string;
  /** Every state saved, in order (the post step reads the last). */
  states: string[];
  /** The saved states, decoded. */
  readonly checkpoints: Checkpoint[];
  result?: { status: StepStatus; message: string };
  problems: string[];
  uploads: Array<{ name: string; files: string[] }>;
}

export function recordingHost(sim: Simulator, inputs: RawInputs = {}): RecordingHost {
  const workDir = mkdtempSync(join(tmpdir(), 'step-host-'));
  const host: RecordingHost = {
    logger: recordingLogger(),
    outputStyle: 'action',
    userAgent: 'test',
    outputs: {},
    summary: '',
    states: [],
    get checkpoints() {
      return host.states.map((s) => JSON.parse(s) as Checkpoint);
    },
    problems: [],
    uploads: [],
    nameOf: (n) => n,
    readInputs: () => baseInputs(sim, inputs),
    signIn: () => ({
      credential: secretCredential(sim),
      cloud: resolveCloud({ resourceManagerEndpoint: sim.url, authorityHost: sim.url }),
    }),
    workDir: () => workDir,
    provenanceTags: () => ({}),
    async uploadLog(name, files) {
      host.uploads.push({ name, files });
      return { artifact: { name, id: host.uploads.length } };
    },
    writeOutputs: (values) => void Object.assign(host.outputs, values),
    async writeSummary(markdown) {
      host.summary = markdown;
    },
    saveState: (text) => void host.states.push(text),
    loadState: () => host.states.at(-1),
    setResult: (status, message) => void (host.result = { status, message }),
    postProblem: (message) => void host.problems.push(message),
  };
  return host;
}
