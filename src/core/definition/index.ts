/**
 * The jump box definition: what goes into the image, how it is verified, and how it renders into
 * Image Builder customize/validate. Platform-free and inert on import.
 */
export type {
  AptDefinition,
  AptRepository,
  Architecture,
  BaseImageRef,
  EgressRule,
  HardeningDefinition,
  JumpboxDefinition,
  KeyDefinition,
  SshHardening,
  StepDefinition,
  ToolCheck,
  ToolDefinition,
  ToolDownload,
  ValidationDefinition,
} from './types.js';
export { defaultDefinition, loadDefinition, parseDefinition } from './load.js';
export type { LoadDefinitionOptions } from './load.js';
export { definitionFingerprint, egressOf, renderDefinition, renderScripts } from './render.js';
export type { EgressEntry, RenderedDefinition, RenderedScript, RenderOptions } from './render.js';
export { MANIFEST_BEGIN, MANIFEST_END } from './bash.js';
export { parseManifest } from './manifest.js';
export { parseSbom, SBOM_BEGIN, SBOM_END, SBOM_LINE_TAG } from './sbom.js';
export type { SpdxDocument } from './sbom.js';
export type { ImageManifest } from './manifest.js';
export { pinDefinition, pinDefinitionText } from './pin.js';
export type { PinChange, PinDefinitionOptions, PinOutcome } from './pin.js';
export { DEFAULT_RELEASE_SOURCES, lookupReleases, outdatedTools } from './releases.js';
export type { OutdatedTool, ReleaseLookup, ReleaseSources } from './releases.js';
export { DEFAULT_DEFINITION_YAML } from './default-definition.js';
