/** Types of the jump box definition (see schema/definition.schema.json and docs/definition.md). */

export type Architecture = 'amd64' | 'arm64';

export interface BaseImageRef {
  publisher: string;
  offer: string;
  sku: string;
  /** An exact version (e.g. 24.04.202510150) or 'latest'. */
  version: string;
}

export interface KeyDefinition {
  description?: string;
  /** Fingerprints (40 upper-case hex digits) of every primary key in `armored`. */
  fingerprints: string[];
  armored: string;
}

export interface AptRepository {
  name: string;
  url: string;
  /** May contain {codename}. */
  suite: string;
  components: string[];
  /** Name of an entry of `keys`. */
  key: string;
}

export interface AptDefinition {
  repositories?: AptRepository[];
  /** `name` or `name=version`. */
  packages?: string[];
}

export interface ToolCheck {
  /** Command to run; defaults to the tool's installPath. */
  command?: string;
  args?: string[];
  /** POSIX extended regular expression; its first group is the version. */
  pattern?: string;
}

export interface ToolDownload {
  url: string;
  archive?: 'binary' | 'tar.gz' | 'zip';
  member?: string;
  archNames?: Partial<Record<Architecture, string>>;
  sha256?: Partial<Record<Architecture, string>>;
  checksum?: { url: string };
  signature?: { url: string; of: 'checksum' | 'artifact'; key: string };
}

export interface ToolDefinition {
  name: string;
  version: string;
  description?: string;
  installPath?: string;
  download?: ToolDownload;
  apt?: { package: string; version: string };
  azureCliExtension?: { name?: string };
  check?: ToolCheck;
}

export interface StepDefinition {
  name: string;
  run: string;
}

export interface SshHardening {
  enabled?: boolean;
  passwordAuthentication?: boolean;
  kbdInteractiveAuthentication?: boolean;
  permitRootLogin?: boolean;
  x11Forwarding?: boolean;
  allowAgentForwarding?: boolean;
  allowTcpForwarding?: 'yes' | 'no' | 'local' | 'remote';
  maxAuthTries?: number;
  clientAliveInterval?: number;
  clientAliveCountMax?: number;
  loginGraceTime?: number;
}

export interface HardeningDefinition {
  osUpgrade?: boolean;
  unattendedUpgrades?: boolean;
  cleanCaches?: boolean;
  ssh?: SshHardening;
}

export interface ValidationDefinition {
  continueDistributeOnFailure?: boolean;
  sourceValidationOnly?: boolean;
  steps?: StepDefinition[];
}

export interface EgressRule {
  host: string;
  port: number;
  protocol: 'http' | 'https';
  purpose: string;
}

/** A loaded, resolved definition: `extends`/`remove` already applied, every tool complete. */
export interface JumpboxDefinition {
  baseImage: BaseImageRef;
  architecture: Architecture;
  keys?: Record<string, KeyDefinition>;
  apt?: AptDefinition;
  tools: ToolDefinition[];
  steps?: StepDefinition[];
  hardening?: HardeningDefinition;
  validation?: ValidationDefinition;
  egress?: EgressRule[];
  tags?: Record<string, string>;
}
