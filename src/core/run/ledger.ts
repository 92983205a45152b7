/**
 * What a run has created or started and still owes: the one piece of state the phases share. Every change is
 * saved as a checkpoint, so a post step can finish the work when the main step is killed.
 */
import type { ImageTemplate } from '@azure/arm-imagebuilder';
import type { BuildLogs } from '../logs.js';
import type { IdentityInfo } from '../roles.js';
import type { Settings } from '../settings.js';
import type { Checkpoint, RoleAssignmentRecord } from '../types.js';
import { shouldRevoke } from './context.js';

export class RunLedger {
  readonly granted: RoleAssignmentRecord[] = [];
  readonly revoked: RoleAssignmentRecord[] = [];
  /** The build identity (known once the identity phase returns). */
  identity?: IdentityInfo;
  /** The template the build runs on (known once the template phase returns). */
  template?: ImageTemplate;
  /** The build's log location (known once the build started; `logsKnown`). */
  logs?: BuildLogs;
  /** The boot-test VM's name, recorded before it is created; the finish path deletes VM, NIC and disk. */
  bootTestVm?: string;
  private templateId?: string;
  /** A build this run waits for may be running (its own, or one it attached to). */
  private buildRunning = false;
  /** Whether this run started that build (only then may it cancel it). */
  private startedByUs = false;
  private finished = false;
  /** cleanup-template's deletion failed: owed to the post step. */
  private cleanupOwed = false;
  /** The finish path copied the build log (it is no longer owed). */
  private logCopied = false;

  constructor(
    private readonly settings: Settings,
    private readonly save?: (checkpoint: Checkpoint) => void,
  ) {}

  /** Assignments this run created that the revoke setting removes and that are not removed yet. */
  owedRevocations(): RoleAssignmentRecord[] {
    return this.granted.filter(
      (r) => r.created && shouldRevoke(this.settings, r) && !this.revoked.some((x) => x.id === r.id),
    );
  }

  /** Whether a build this run started or attached to may still be running (its roles must stay). */
  get buildMayRun(): boolean {
    return this.buildRunning;
  }

  /** Whether the run must cancel that build when it does not wait for its end (only a build it started). */
  get mayCancel(): boolean {
    return this.buildRunning && this.startedByUs;
  }

  recordGrant(record: RoleAssignmentRecord): void {
    this.granted.push(record);
    if (record.created && shouldRevoke(this.settings, record)) this.persist();
  }

  /** Image Builder answered this run's PUT with 201: the template is this run's (its creation may still fail). */
  createdTemplate = false;

  templateKnown(templateId: string): void {
    this.templateId = templateId;
    this.persist();
  }

  /** Recorded before POST run: a job killed right after it must still let the post step cancel the build. */
  buildStarting(): void {
    this.buildRunning = true;
    this.startedByUs = true;
    this.persist();
  }

  /** The run attached to a build another run (or an earlier one) started: it never cancels it. */
  buildAttached(attached: boolean): void {
    if (!attached) return;
    this.buildRunning = true;
    this.startedByUs = false;
    this.persist();
  }

  /** The build's log location: from now on its copy is owed until the finish path has made it. */
  logsKnown(logs: BuildLogs | undefined): void {
    if (!logs) return;
    this.logs = logs;
    // The folder is saved once found, so that the post step copies this build's log and no other.
    logs.onLocated = () => this.persist();
    this.persist();
  }

  /** The build has a log that the finish path has not copied (yet, or its copy failed). */
  get logPending(): boolean {
    return Boolean(this.logs) && !this.logCopied;
  }

  /** The finish path copied the log (a failed copy stays owed to the post step). */
  logCopyDone(): void {
    this.logCopied = true;
  }

  buildEnded(): void {
    this.buildRunning = false;
  }

  /**
   * The template was deleted while this run followed its build (template-gone.ts): nothing is left to delete, and
   * the log went with the template's staging group (no copy is owed, here or in the post step).
   */
  templateGone(): void {
    this.template = undefined;
    this.createdTemplate = false;
    this.logs = undefined;
    this.persist();
  }

  /** The template deletion cleanup-template asks for could not be done (saved with the finish checkpoint). */
  templateCleanupOwed(): void {
    this.cleanupOwed = true;
  }

  revokedOne(record: RoleAssignmentRecord): void {
    this.revoked.push(record);
  }

  /** The finish path ran: what is still listed is left to the post step (revocations) or left on purpose (a build). */
  finish(): void {
    this.finished = true;
    this.persist();
  }

  checkpoint(): Checkpoint {
    return {
      subscriptionId: this.settings.subscriptionId,
      ...(this.templateId ? { templateId: this.templateId } : {}),
      ...(this.identity ? { identityId: this.identity.id } : {}),
      buildStarted: this.mayCancel,
      ...(this.finished && this.buildRunning ? { leftRunning: true } : {}),
      revoke: this.owedRevocations().map((r) => r.id),
      ...(this.templateDeletionOwed() ? { deleteTemplate: true } : {}),
      ...this.owedLog(),
      finished: this.finished,
    };
  }

  /**
   * The template deletion the post step owes: after the finish path, the one it could not do; before it (the main
   * step killed), the one `cleanup-template: always` asks for, of a template this run created or builds on, unless
   * the run only attached to another run's build (that run deletes it).
   */
  private templateDeletionOwed(): boolean {
    if (!this.templateId) return false;
    if (this.finished) return this.cleanupOwed;
    const attached = this.buildRunning && !this.startedByUs;
    return (
      this.settings.cleanupTemplate === 'always' &&
      (Boolean(this.template) || this.createdTemplate) &&
      !attached
    );
  }

  /** The log copy, owed once the build has a log and until it is copied (not for a build left running). */
  private owedLog(): Pick<Checkpoint, 'log'> {
    const { logs, settings } = this;
    if (!logs || !settings.uploadLog || this.logCopied || (this.finished && this.buildRunning)) return {};
    const { logArtifactName: artifactName, logRetentionDays: retentionDays } = settings;
    return { log: { ...logs.pointer(), artifactName, ...(retentionDays ? { retentionDays } : {}) } };
  }

  private persist(): void {
    this.save?.(this.checkpoint());
  }
}
