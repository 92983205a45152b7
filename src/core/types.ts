/** The seam between the platform-free core and its adapters (GitHub Action, Azure Pipelines task, CLI). */
import type { TokenCredential } from '@azure/core-auth';
import type { Cloud } from './cloud.js';
import type { InputName } from './settings.js';

/** What the core needs from a platform: logging only. Everything else stays in the adapter. */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  debug(message: string): void;
  /** Runs `fn` inside a collapsible log group (one per phase). */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /**
   * New lines of the live customization log as one block of raw bytes: complete lines joined by `\n`, without the
   * last newline (src/core/log-lines.ts; UTF-8 as the build wrote it, possibly invalid). Untrusted text: adapters
   * must neutralise workflow commands. A promise means the job log is behind (backpressure): the core waits for it
   * before it reads more.
   */
  buildLog(block: Buffer): void | Promise<void>;
}

export type RunState = 'Succeeded' | 'PartiallySucceeded' | 'Failed' | 'Canceled' | 'Skipped' | 'Running';

export interface RoleAssignmentRecord {
  /** Full assignment id (`<scope>/providers/Microsoft.Authorization/roleAssignments/<name>`). */
  id: string;
  scope: string;
  roleDefinitionId: string;
  /** `network` (build VNet), `image` (destination resource group or gallery image definition) or `staging` (the staging resource group). */
  purpose: 'network' | 'image' | 'staging';
  /** Whether this run created it (false: it existed already). */
  created: boolean;
  /** The role's name when known (custom roles: from their definition; built-in roles are named by the summary). */
  roleName?: string;
}

/**
 * What an adapter persists so a later step (post step / post-job handler) can finish what the main step owes. Saved
 * whenever it changes; the post step decides its work from the last one saved (`postStepWork`).
 */
export interface Checkpoint {
  subscriptionId: string;
  templateId?: string;
  /**
   * A build this run started (or attached to) may be running. With `finished` unset (the main step was killed) the
   * post step cancels it; with `finished` set, the main step left it running on purpose (`wait: false`, a wait
   * timeout) and the post step leaves it and its roles alone.
   */
  buildStarted?: boolean;
  /** The main step finished and left a build running on purpose (its own or one it attached to). */
  leftRunning?: boolean;
  /** The build identity (revocation waits while another build of this identity runs). */
  identityId?: string;
  /** Role assignments this run created that the revoke setting says to remove and that are not removed yet. */
  revoke: string[];
  /**
   * The post step deletes the template: cleanup-template asked for it and the main step could not (its deletion
   * failed, or it waited for the log copy), or the main step was killed first (`always`; after the cancel).
   */
  deleteTemplate?: boolean;
  /**
   * The build log is owed: the build ran and its log was not copied yet (the main step was killed, or its copy
   * failed). The post step copies it and uploads it as the artifact the main step would have.
   */
  log?: OwedLog;
  /** Whether the main step completed its own finish path (what it could not do is still listed above). */
  finished?: boolean;
}

/** Where the post step finds the build log again, and how to upload it: names only, never a key or a SAS. */
export interface OwedLog {
  /** The template's staging resource group (its storage account holds `packerlogs/<folder>/customization.log`). */
  stagingResourceGroupId: string;
  /** The build's log folder, once the main step found it. */
  folder?: string;
  /** Until then: the folders of earlier builds (the build's own is the newest other one). */
  before?: string[];
  artifactName: string;
  retentionDays?: number;
}

export interface PhaseTiming {
  name: string;
  durationMs: number;
}

export interface ToolVersion {
  name: string;
  version: string;
}

/** One line of the preflight checklist. */
export interface PreflightCheckResult {
  id: string;
  title: string;
  status: 'pass' | 'warn' | 'fail';
  /** One line naming the rule, setting or permission concerned and the fix. */
  reason: string;
}

/** What a run would do to one resource (the plan as a what-if). */
export interface WhatIfItem {
  kind: 'identity' | 'role-assignment' | 'template' | 'image';
  name: string;
  change: 'unchanged' | 'create' | 'replace' | 'delete';
  /** E.g. deleted again after the build (revoke-roles, cleanup-template), or why it is replaced. */
  note?: string;
}

export interface BuildResult {
  state: RunState;
  /** The image id: the distributed image, or the existing one when skipped. */
  imageId?: string;
  imageName: string;
  templateName: string;
  templateId: string;
  identityId?: string;
  identityPrincipalId?: string;
  buildSkipped: boolean;
  fingerprint: string;
  baseImageVersion: string;
  stagingResourceGroup?: string;
  logFile?: string;
  validationLogFile?: string;
  manifestFile?: string;
  /** The SPDX 2.3 SBOM the build printed, saved beside the log (sbom.spdx.json). */
  sbomFile?: string;
  /** Boot test of the new image (test-subnet-id): undefined when none ran. */
  testResult?: 'passed' | 'failed' | 'skipped';
  /** The Run Command's output (stdout, then stderr). */
  testOutput?: string;
  testMessage?: string;
  manifest?: { tools: ToolVersion[]; [k: string]: unknown };
  /** Tools and versions the definition pins (the manifest, when present, is what the VM reported). */
  tools: ToolVersion[];
  egress: Array<{ host: string; port: number; protocol: string; purpose: string }>;
  durationSeconds: number;
  phases: PhaseTiming[];
  rolesGranted: RoleAssignmentRecord[];
  rolesRevoked: RoleAssignmentRecord[];
  /** The run's message on failure (lastRunStatus.message), or a note (e.g. the build continues in Azure). */
  message?: string;
  /** Last lines of the customization log on failure. */
  logTail?: string[];
  /** The template body that was (or, with dry run, would be) submitted. */
  template?: Record<string, unknown>;
  dryRun: boolean;
  /** The client stopped waiting (wait-timeout-minutes) while the build continues in Azure. */
  timedOut?: boolean;
  /** The managed image distributed by this build (when managed-image is true). */
  managedImageId?: string;
  /** The gallery image version built (or found, when skipped), e.g. `1.0.3`. */
  galleryImageVersion?: string;
  /** Retention after a successful build (keep-versions / keep-images); with dry run, what would be deleted. */
  retention?: { deleted: string[]; kept: string[]; failed?: string[]; dryRun?: boolean };
  /** Image Builder sub-states seen while waiting, with durations (`timeline.ts`). */
  timeline?: Array<{ state: string; subState?: string; startedAt: string; durationMs: number }>;
  /** Per-region replication of a gallery image version, when the run distributed to a gallery. */
  replication?: Array<{ region: string; state: string; message?: string }>;
  /** Why the identity could not read the build log, and the grant that fixes it (log-access.ts). */
  logAccess?: string;
  /** The preflight checklist (absent when skipped: `preflight: false`, or a skipped run). */
  preflight?: PreflightCheckResult[];
  /** Dry run / plan: what the run would change. */
  whatIf?: WhatIfItem[];
  /** Dry run / plan: the file holding the full template JSON. */
  templateFile?: string;
}

export interface RunOptions {
  credential: TokenCredential;
  cloud: Cloud;
  logger: Logger;
  signal?: AbortSignal;
  /** Directory for the copied logs and the manifest. */
  workDir: string;
  /** Tags that record where the image came from (not part of the fingerprint). */
  provenanceTags?: Record<string, string>;
  /** Called whenever there is something a post step would need to finish the work. */
  onCheckpoint?: (checkpoint: Checkpoint) => void;
  /** Whether a post step will run after this one (CI platforms: yes; the CLI: no). Decides what a failure says. */
  postStep?: boolean;
  userAgentPrefix?: string;
  /** How the platform spells an input in errors found during the run (default: the input name). */
  nameOf?: (input: InputName) => string;
  /** Test hook: retry timings for ARM calls (defaults follow the SDK). */
  retry?: { maxRetries?: number; retryDelayInMs?: number; maxRetryDelayInMs?: number };
}
