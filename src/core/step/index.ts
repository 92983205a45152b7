/** The step flow both CI adapters run (see step.ts) and the port they implement (host.ts). */
export { runStep, runPostStep, stepOutcome } from './step.js';
export type { StepOptions } from './step.js';
export type { StepHost, SignIn, LogUpload, UploadedLog, StepStatus } from './host.js';
export { OUTPUTS, outputNames, outputValues } from './outputs.js';
export type { OutputStyle, OutputExtras } from './outputs.js';
