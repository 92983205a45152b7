/**
 * The blob data plane under the caller's RBAC: when `fixture.enforceRbac` is set at creation, the staging storage
 * accounts' blob endpoint is this HTTPS proxy in front of Azurite. A bearer-token request from an enforced principal
 * needs the data action (`.../containers/blobs/read` for GET/HEAD and listings, `/write`, `/delete`) granted at
 * the storage account or above, else 403 `AuthorizationPermissionMismatch` (the real XML shape). Shared-key
 * requests pass: the key was obtained through `listKeys`, which ARM authorized. The simulator's own writes go
 * straight to Azurite.
 */
import { randomUUID } from 'node:crypto';
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer, request } from 'node:https';
import type { BlobStore } from './azurite.js';
import type { SimContext } from './context.js';
import { decodeJwt } from './jwt.js';
import { callerMay, enforcedFor } from './rbac.js';

const BLOBS = 'Microsoft.Storage/storageAccounts/blobServices/containers/blobs';

function refusal(res: ServerResponse): void {
  const requestId = randomUUID();
  const body = `<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthorizationPermissionMismatch</Code><Message>This request is not authorized to perform this operation using this permission.\nRequestId:${requestId}\nTime:${new Date().toISOString()}</Message></Error>`;
  res.writeHead(403, {
    'content-type': 'application/xml',
    'x-ms-error-code': 'AuthorizationPermissionMismatch',
    'x-ms-request-id': requestId,
  });
  res.end(body);
}

/** The data action a bearer request needs, and whether this caller holds it at the account. */
function permitted(ctx: SimContext, req: IncomingMessage): boolean {
  const header = req.headers.authorization ?? '';
  const m = /^Bearer (.+)$/.exec(header);
  if (!m) return true;
  const jwt = decodeJwt(m[1]!);
  const caller = {
    objectId: String(jwt?.claims.oid ?? ''),
    clientId: String(jwt?.claims.appid ?? ''),
    tenantId: String(jwt?.claims.tid ?? ''),
  };
  if (!enforcedFor(ctx, caller)) return true;
  const [account, container] = (req.url ?? '/').split('?')[0]!.split('/').filter(Boolean);
  const found = [...ctx.state.storageAccounts.values()].find((a) => a.name === account);
  if (!found) return false;
  const verb = req.method === 'PUT' ? 'write' : req.method === 'DELETE' ? 'delete' : 'read';
  const scope = `${found.id}/blobServices/default/containers/${container ?? ''}`;
  return callerMay(ctx, caller, `${BLOBS}/${verb}`, scope, { data: true });
}

/** Wraps Azurite with the proxy when RBAC is enforced; otherwise returns it unchanged. */
export async function blobServiceUnderRbac(
  ctx: SimContext,
  inner: BlobStore,
  tlsMaterial: { serverCertPem: string; serverKeyPem: string; caCertPem: string },
): Promise<BlobStore> {
  if (!ctx.state.fixture.enforceRbac) return inner;
  const target = new URL(inner.url);
  const server = createServer(
    { cert: tlsMaterial.serverCertPem, key: tlsMaterial.serverKeyPem },
    (req, res) => {
      if (!permitted(ctx, req)) {
        req.resume();
        refusal(res);
        return;
      }
      const upstream = request(
        {
          host: target.hostname,
          port: target.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: target.host },
          ca: tlsMaterial.caCertPem,
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => {
        if (!res.headersSent) res.writeHead(502);
        res.end();
      });
      req.pipe(upstream);
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const url = `https://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    ...inner,
    url,
    accounts: inner.accounts,
    endpoint: (account) => `${url}/${account}/`,
    writeText: (...args) => inner.writeText(...args),
    deleteBlobs: (...args) => inner.deleteBlobs(...args),
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await inner.stop();
    },
  };
}
