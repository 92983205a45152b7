/**
 * The Azure CLI fallback of the action: before the first token request, `az account show` (through @actions/exec,
 * which finds `az` on PATH as the runner does and keeps its output out of the log) proves that a session exists.
 * Without one the step fails with "run azure/login first" instead of a raw AzureCliCredential error.
 */
import { getExecOutput } from '@actions/exec';
import type { TokenCredential } from '@azure/core-auth';

export const RUN_AZURE_LOGIN =
  'run azure/login first (a step before this one), or set client-id and tenant-id to sign in with OIDC';

/** What `az account show` says about the session: never a token. */
export interface CliSession {
  subscription?: string;
  user?: string;
  tenantId?: string;
}

/** Runs `az account show`; throws an error that says to run azure/login first when there is no session or no az. */
export async function checkCliSession(env: NodeJS.ProcessEnv, why: string): Promise<CliSession> {
  let result: { exitCode: number; stdout: string; stderr: string };
  try {
    result = await getExecOutput('az', ['account', 'show', '--output', 'json'], {
      silent: true,
      ignoreReturnCode: true,
      env: Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined)),
    });
  } catch (e) {
    throw new Error(
      `The Azure CLI (az) was not found on PATH (${why}): ${RUN_AZURE_LOGIN}. ${e instanceof Error ? e.message : String(e)}`,
      { cause: e },
    );
  }
  if (result.exitCode !== 0) {
    const detail = result.stderr.trim().split('\n').slice(-1)[0] ?? '';
    throw new Error(
      `The Azure CLI has no signed-in session (${why}; \`az account show\` exited ${result.exitCode}: ${detail}): ${RUN_AZURE_LOGIN}.`,
    );
  }
  try {
    const account = JSON.parse(result.stdout) as {
      name?: string;
      tenantId?: string;
      user?: { name?: string };
    };
    return { subscription: account.name, user: account.user?.name, tenantId: account.tenantId };
  } catch {
    return {};
  }
}

/** AzureCliCredential behind the session check (run once, on the first token request). */
export function cliSessionCredential(
  env: NodeJS.ProcessEnv,
  why: string,
  tenantId: string | undefined,
  log: (message: string) => void,
): TokenCredential {
  // @azure/identity is loaded on the first token request.
  let cli: TokenCredential | undefined;
  let checked: Promise<CliSession> | undefined;
  return {
    async getToken(scopes, options) {
      checked ??= checkCliSession(env, why).then((s) => {
        log(`Azure CLI session: ${s.user ?? 'unknown user'}, subscription ${s.subscription ?? 'unknown'}.`);
        return s;
      });
      await checked;
      try {
        if (!cli) {
          const { AzureCliCredential } = await import('@azure/identity');
          cli = new AzureCliCredential(tenantId ? { tenantId } : {});
        }
        return await cli.getToken(scopes, options);
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        throw new Error(`Azure CLI sign-in failed (${why}): ${message} Then ${RUN_AZURE_LOGIN}.`, {
          cause: e,
        });
      }
    },
  };
}
