/** The port a CI platform implements for the step flow (step.ts): everything platform-specific, nothing else. */
import type { TokenCredential } from '@azure/core-auth';
import type { Cloud } from '../cloud.js';
import type { InputName, RawInputs, Settings } from '../settings.js';
import type { Logger } from '../types.js';
import type { OutputStyle } from './outputs.js';

export interface SignIn {
  credential: TokenCredential;
  cloud: Cloud;
}

export interface UploadedLog {
  name: string;
  id?: number | string;
  url?: string;
}

export interface LogUpload {
  artifact?: UploadedLog;
  /** Why there is no artifact, or where the files went instead. */
  note?: string;
}

export type StepStatus = 'succeeded' | 'succeededWithIssues' | 'failed' | 'canceled';

export interface StepHost {
  readonly logger: Logger;
  readonly outputStyle: OutputStyle;
  /** Whether the platform's summary renders Mermaid (GitHub: yes; the Azure Pipelines summary tab: no). */
  readonly summaryMermaid?: boolean;
  readonly userAgent: string;
  /** How the user writes an input (errors name it): `build-subnet-id` or `buildSubnetId`. */
  nameOf(input: InputName): string;
  readInputs(): RawInputs;
  /** The credential and cloud (main step: with the settings; post step: without). */
  signIn(settings?: Settings): Promise<SignIn> | SignIn;
  /** A fresh directory for the logs, the manifest and the summary. */
  workDir(): string;
  provenanceTags(): Record<string, string>;
  /** Uploads the log files as the run's artifact (also from the post step, which has no settings). */
  uploadLog(name: string, files: string[], options: Pick<Settings, 'logRetentionDays'>): Promise<LogUpload>;
  writeOutputs(values: Record<string, string>): void;
  writeSummary(markdown: string): Promise<void>;
  /** Persists the encoded checkpoint for the post step (GitHub: step state; Azure Pipelines: a task variable). */
  saveState(text: string): void;
  /** The text saveState stored last in this job, if any. */
  loadState(): string | undefined;
  setResult(status: StepStatus, message: string): void;
  /** The post step reports a problem without failing the job. */
  postProblem(message: string): void;
}
