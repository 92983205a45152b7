/** The request/response model, routing, ARM errors, the journal and fault injection of the simulator. */
import type { IncomingHttpHeaders } from 'node:http';

export interface SimRequest {
  method: string;
  /** Path with repeated slashes collapsed, percent-decoded, original casing. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** Parsed JSON body (undefined when empty or not JSON). */
  json: unknown;
  /** Route parameters from the matched pattern. */
  params: Record<string, string>;
  /** Set by the ARM authentication step. */
  caller?: Caller;
  origin: string;
}

export interface Caller {
  objectId: string;
  clientId: string;
  tenantId: string;
}

export interface SimResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export class ArmError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export type Handler = (req: SimRequest) => SimResponse | Promise<SimResponse>;

export interface Route {
  method: string;
  /** A path pattern like `/subscriptions/{sub}/resourceGroups/{rg}`; `{+scope}` matches several segments. */
  pattern: string;
  /** A short name for journal entries and fault matching, e.g. `imageTemplates.put`. */
  kind: string;
  /** Whether ARM bearer authentication applies. */
  arm: boolean;
  handler: Handler;
}

interface CompiledRoute extends Route {
  regex: RegExp;
  names: string[];
}

export class Router {
  private readonly routes: CompiledRoute[] = [];

  add(route: Route): void {
    const names: string[] = [];
    const source = route.pattern
      .split('/')
      .map((segment) => {
        const multi = /^\{\+(\w+)\}$/.exec(segment);
        if (multi) {
          names.push(multi[1]!);
          return '(.+?)';
        }
        const single = /^\{(\w+)\}$/.exec(segment);
        if (single) {
          names.push(single[1]!);
          return '([^/]+)';
        }
        return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('/');
    this.routes.push({ ...route, regex: new RegExp(`^${source}/?$`, 'i'), names });
  }

  match(method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const m = route.regex.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      route.names.forEach((n, i) => (params[n] = m[i + 1]!));
      return { route, params };
    }
    return undefined;
  }

  /** Whether any route serves this path with another method (for 405). */
  pathKnown(path: string): boolean {
    return this.routes.some((r) => r.regex.test(path));
  }
}

export interface JournalEntry {
  seq: number;
  time: string;
  method: string;
  path: string;
  query: Record<string, string>;
  kind: string;
  status: number;
  /** The JSON body of writes (PUT, PATCH, POST), secrets redacted for token requests. */
  body?: unknown;
  caller?: string;
  fault?: string;
}

export type FaultAction =
  | { type: 'status'; status: number; code?: string; message?: string; retryAfterSeconds?: number }
  | { type: 'reset' }
  | { type: 'latency'; ms: number };

export interface FaultRule {
  /** Matches the route kind (exact string or RegExp), e.g. `imageTemplates.get` or /^roleAssignments\./. */
  kind?: string | RegExp;
  method?: string;
  path?: RegExp;
  /** Only the Nth matching request (1-based) triggers the fault. */
  nth?: number;
  /** How many times the fault fires (default 1; Infinity for always). */
  times?: number;
  action: FaultAction;
}

interface ActiveFault extends FaultRule {
  seen: number;
  fired: number;
}

export class Faults {
  private rules: ActiveFault[] = [];

  add(rule: FaultRule): void {
    this.rules.push({ ...rule, seen: 0, fired: 0 });
  }

  clear(): void {
    this.rules = [];
  }

  /** Returns the actions that apply to this request (latency first), updating counters. */
  take(method: string, path: string, kind: string): FaultAction[] {
    const actions: FaultAction[] = [];
    for (const rule of this.rules) {
      if (rule.method && rule.method !== method) continue;
      if (
        rule.kind !== undefined &&
        (typeof rule.kind === 'string' ? rule.kind !== kind : !rule.kind.test(kind))
      )
        continue;
      if (rule.path && !rule.path.test(path)) continue;
      rule.seen++;
      if (rule.nth !== undefined && rule.seen !== rule.nth) continue;
      if (rule.fired >= (rule.times ?? 1)) continue;
      rule.fired++;
      actions.push(rule.action);
    }
    return actions.sort((a, b) => (a.type === 'latency' ? -1 : b.type === 'latency' ? 1 : 0));
  }
}

export function armErrorBody(code: string, message: string): unknown {
  return { error: { code, message } };
}

/** Case-insensitive resource id key. */
export const idKey = (id: string) => id.replace(/\/+/g, '/').replace(/\/$/, '').toLowerCase();
