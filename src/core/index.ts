/** The platform-free engine: everything an adapter needs, nothing about any CI platform. */
export { parseSettings, INPUT_NAMES, NOT_SUPPORTED_YET, SettingsError, DEFAULTS } from './settings.js';
export type { Settings, RawInputs, InputName, ParseOptions } from './settings.js';
export { resolveCloud, CLOUD_NAMES } from './cloud.js';
export type { Cloud, CloudName, CloudOptions } from './cloud.js';
export type { Logger, BuildResult, RunOptions, Checkpoint, RunState, RoleAssignmentRecord } from './types.js';
export { runBuild } from './run/run.js';
export { finishAfterCancel, postStepWork } from './run/post.js';
export type { PostStepWork, PostStepOutcome } from './run/post.js';
export * from './step/index.js';
export { templateStatus, downloadLogs, cancelTemplateBuild } from './operations.js';
export type { TemplateRef, TemplateStatus, OperationOptions } from './operations.js';
export { pinDefinition, loadDefinition, outdatedTools } from './definition/index.js';
export type { OutdatedTool, PinChange, ReleaseSources } from './definition/index.js';
export { groupedLogger, LIVE_LOG_GROUP } from './grouped-logger.js';
export { distributionOutputs } from './gallery/outputs.js';
export type { GroupedLogSink } from './grouped-logger.js';
export {
  runPreflight,
  whatIf,
  formatPreflight,
  formatWhatIf,
  logPreflight,
  PREFLIGHT_CHECKS,
} from './preflight/index.js';
export type { CheckResult, PreflightCheck, PreflightInput, PreflightReport } from './preflight/index.js';
export type { PreflightCheckResult, WhatIfItem } from './types.js';
export * from './permissions/index.js';
