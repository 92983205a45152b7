/** Reading raw input strings with one error shape: `<input as the user writes it>: "<value>" is not valid (expected …).` */
import { type SubnetRef, parseSubnetId, roleDefinitionId, roleGuid } from './azure-ids.js';
import type { InputName, RawInputs, RoleRef } from './settings.js';

export class SettingsError extends Error {
  override readonly name = 'SettingsError';
}

/** Azure's naming rules, per resource type (resource groups: no trailing period). */
const RG_RE = /^[-\w._()]{0,89}[-\w_()]$/;
/** Image template names (the spec's pattern), never only periods: a client would collapse `..` in the URL path. */
const TEMPLATE_NAME_RE = /^(?!\.+$)[A-Za-z0-9-_.]{1,64}$/;
/** Managed image names: 1-80, start with a letter or digit, end with a letter, digit or underscore. */
const IMAGE_NAME_RE = /^[A-Za-z0-9](?:[A-Za-z0-9-_.]{0,78}[A-Za-z0-9_])?$/;
const DECIMAL_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

export class InputReader {
  constructor(
    private readonly raw: RawInputs,
    readonly nameOf: (input: InputName) => string = (n) => n,
  ) {}

  /** The trimmed value, undefined when unset or empty. */
  get(n: InputName): string | undefined {
    const v = this.raw[n]?.trim();
    return v ? v : undefined;
  }

  fail(n: InputName, value: string | undefined, expected: string): never {
    throw new SettingsError(
      `${this.nameOf(n)}: ${value === undefined ? 'is required' : `"${value}" is not valid`} (expected ${expected}).`,
    );
  }

  bool(n: InputName, def: boolean): boolean {
    const v = this.get(n);
    if (v === undefined) return def;
    if (/^(true|yes|1)$/i.test(v)) return true;
    if (/^(false|no|0)$/i.test(v)) return false;
    return this.fail(n, v, 'true or false');
  }

  num(n: InputName, def: number, min: number, max: number, integer = true): number {
    const v = this.get(n);
    if (v === undefined) return def;
    const x = DECIMAL_RE.test(v) ? Number(v) : NaN;
    if (!Number.isFinite(x) || (integer && !Number.isInteger(x)) || x < min || x > max) {
      return this.fail(n, v, `${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`);
    }
    return x;
  }

  choice<T extends string>(n: InputName, def: T, allowed: readonly T[]): T {
    const v = this.get(n);
    if (v === undefined) return def;
    const found = allowed.find((a) => a.toLowerCase() === v.toLowerCase());
    return found ?? this.fail(n, v, `one of ${allowed.join(', ')}`);
  }

  subnet(n: InputName): SubnetRef | undefined {
    const v = this.get(n);
    if (v === undefined) return undefined;
    return (
      parseSubnetId(v) ??
      this.fail(
        n,
        v,
        'a subnet resource id: /subscriptions/<guid>/resourceGroups/<rg>/providers/Microsoft.Network/virtualNetworks/<vnet>/subnets/<subnet>',
      )
    );
  }

  role(n: InputName, def: string, subscriptionId: string): RoleRef {
    const v = this.get(n) ?? def;
    const guid =
      roleGuid(v) ??
      this.fail(n, v, 'a role definition GUID or id, e.g. 4d97b98b-1d4f-4787-a291-c67834d212e7');
    const inSubscription = /^\/subscriptions\/([^/]+)\//i.exec(v)?.[1];
    if (inSubscription && inSubscription.toLowerCase() !== subscriptionId.toLowerCase())
      this.fail(
        n,
        v,
        `a role definition of subscription ${subscriptionId} (role assignments there cannot use a definition of subscription ${inSubscription}); give the bare GUID`,
      );
    return { guid, id: roleDefinitionId(subscriptionId, guid) };
  }

  resourceGroup(n: InputName): string {
    const v = this.get(n) ?? this.fail(n, undefined, 'the name of an existing resource group');
    return RG_RE.test(v)
      ? v
      : this.fail(n, v, 'a resource group name: 1-90 letters, digits, -_.(), not ending in a period');
  }

  imageName(n: InputName): string | undefined {
    const v = this.get(n);
    if (v !== undefined && !IMAGE_NAME_RE.test(v))
      this.fail(
        n,
        v,
        'an image name: 1-80 letters, digits, -_. starting with a letter or digit, ending with one or _',
      );
    return v;
  }

  templateName(n: InputName): string | undefined {
    const v = this.get(n);
    if (v !== undefined && !TEMPLATE_NAME_RE.test(v))
      this.fail(n, v, 'a template name: 1-64 letters, digits, -, _ and ., not only periods');
    return v;
  }
}
