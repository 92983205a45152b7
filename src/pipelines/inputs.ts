/**
 * Task inputs: camelCase names in task.json (Azure Pipelines forbids hyphens) mapped to the core's kebab-case
 * input names, so the core parses and validates them once and its messages name the input the user wrote.
 */
import { INPUT_NAMES, type InputName, type RawInputs } from '../core/settings.js';

/** The service connection input (a `connectedService:AzureRM` GUID). */
export const CONNECTION_INPUT = 'azureSubscription';

/** Core inputs the task does not declare: the subscription comes from the build subnet's resource id. */
const NOT_TASK_INPUTS: readonly InputName[] = ['subscription-id'];

/** `build-subnet-id` → `buildSubnetId`. */
export function taskInputName(input: InputName): string {
  return input.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

export const TASK_INPUTS: ReadonlyArray<{ input: InputName; name: string }> = INPUT_NAMES.filter(
  (n) => !NOT_TASK_INPUTS.includes(n),
).map((input) => ({
  input,
  name: taskInputName(input),
}));

/** How the core prints an input in errors: the task's name for it. */
export function nameOf(input: InputName): string {
  if (input === 'subscription-id') return `${CONNECTION_INPUT} (the subscription of buildSubnetId)`;
  return taskInputName(input);
}

/**
 * Reads every declared input through `getInput` (task-lib moves `INPUT_*` into its vault on import, so
 * process.env cannot be read directly). `filePath` inputs left empty arrive as the sources directory: those
 * count as unset.
 */
export function readRawInputs(
  getInput: (name: string) => string | undefined,
  defaultDirectories: ReadonlyArray<string | undefined> = [],
): RawInputs {
  const raw: RawInputs = {};
  const dirs = defaultDirectories.filter((d): d is string => !!d).map(normalizeDir);
  for (const { input, name } of TASK_INPUTS) {
    let value = getInput(name);
    if (value !== undefined && input === 'definition' && dirs.includes(normalizeDir(value)))
      value = undefined;
    if (value !== undefined && value.trim() !== '') raw[input] = value;
  }
  return raw;
}

function normalizeDir(path: string): string {
  return path
    .trim()
    .replace(/[\\/]+$/, '')
    .toLowerCase();
}
