/**
 * A loopback fake of GitHub's artifact service (the "v4" Results backend @actions/artifact 2+ talks to): Twirp
 * CreateArtifact / FinalizeArtifact plus the blob block and block-list PUTs on the signed upload URL. Uploaded
 * archives are kept so tests can unzip and read them.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { inflateRawSync } from 'node:zlib';

const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService/';

export interface StoredArtifact {
  id: number;
  name: string;
  runBackendId: string;
  jobBackendId: string;
  zip: Buffer;
  finalized: boolean;
  size?: string;
  hash?: string;
}

export interface ArtifactServiceCall {
  method: string;
  path: string;
  authorization?: string;
  body?: unknown;
}

export interface FakeArtifactService {
  /** For ACTIONS_RESULTS_URL. */
  url: string;
  /** An unsigned JWT with `scp: Actions.Results:<run>:<job>`, for ACTIONS_RUNTIME_TOKEN. */
  runtimeToken: string;
  artifacts: StoredArtifact[];
  calls: ArtifactServiceCall[];
  /** The files of an artifact's zip, by path. */
  files(name: string): Map<string, Buffer>;
  stop(): Promise<void>;
}

/** Reads a zip archive (stored or deflated entries, as `archiver` writes them) through its central directory. */
export function unzip(zip: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip archive (no end of central directory)');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error('corrupt central directory');
    const method = zip.readUInt16LE(p + 10);
    const compressedSize = zip.readUInt32LE(p + 20);
    const nameLength = zip.readUInt16LE(p + 28);
    const extraLength = zip.readUInt16LE(p + 30);
    const commentLength = zip.readUInt16LE(p + 32);
    const localOffset = zip.readUInt32LE(p + 42);
    const name = zip.subarray(p + 46, p + 46 + nameLength).toString('utf8');
    const localNameLength = zip.readUInt16LE(localOffset + 26);
    const localExtraLength = zip.readUInt16LE(localOffset + 28);
    const start = localOffset + 30 + localNameLength + localExtraLength;
    const data = zip.subarray(start, start + compressedSize);
    if (!name.endsWith('/')) files.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
    p += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export function runtimeToken(runId = '1001', jobId = '2002'): string {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ scp: `Actions.GenericRead:00000000 Actions.Results:${runId}:${jobId}`, iat: now, exp: now + 86_400 })}.`;
}

export async function startArtifactService(): Promise<FakeArtifactService> {
  const artifacts: StoredArtifact[] = [];
  const calls: ArtifactServiceCall[] = [];
  const blocks = new Map<number, Map<string, Buffer>>();
  let origin = '';
  const token = runtimeToken();

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const body = await readBody(req);
      const json = (status: number, value: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      if (req.method === 'POST' && url.pathname.startsWith(TWIRP)) {
        const method = url.pathname.slice(TWIRP.length);
        const request = JSON.parse(body.toString('utf8') || '{}') as Record<string, string>;
        calls.push({ method, path: url.pathname, authorization: req.headers.authorization, body: request });
        if (req.headers.authorization !== `Bearer ${token}`)
          return json(401, { code: 'unauthenticated', msg: 'bad token' });
        if (method === 'CreateArtifact') {
          if (
            artifacts.some(
              (a) => a.name === request.name && a.runBackendId === request.workflow_run_backend_id,
            )
          ) {
            return json(409, {
              code: 'already_exists',
              msg: `an artifact with this name already exists on the workflow run`,
            });
          }
          const id = artifacts.length + 1;
          artifacts.push({
            id,
            name: request.name!,
            runBackendId: request.workflow_run_backend_id!,
            jobBackendId: request.workflow_job_run_backend_id!,
            zip: Buffer.alloc(0),
            finalized: false,
          });
          return json(200, {
            ok: true,
            signed_upload_url: `${origin}/upload/${id}?sig=fake-signature&se=2099-01-01`,
          });
        }
        if (method === 'FinalizeArtifact') {
          const artifact = artifacts.find((a) => a.name === request.name && !a.finalized);
          if (!artifact) return json(404, { code: 'not_found', msg: 'artifact not found' });
          Object.assign(artifact, { finalized: true, size: request.size, hash: request.hash });
          return json(200, { ok: true, artifact_id: String(artifact.id) });
        }
        return json(404, { code: 'bad_route', msg: `no handler for ${method}` });
      }
      const upload = /^\/upload\/(\d+)$/.exec(url.pathname);
      if (req.method === 'PUT' && upload) {
        const id = Number(upload[1]);
        const artifact = artifacts.find((a) => a.id === id);
        calls.push({
          method: `PUT ${url.searchParams.get('comp') ?? 'blob'}`,
          path: url.pathname,
          authorization: req.headers.authorization,
        });
        if (!artifact) return json(404, { code: 'not_found' });
        const comp = url.searchParams.get('comp');
        if (comp === 'block') {
          const m = blocks.get(id) ?? new Map<string, Buffer>();
          m.set(url.searchParams.get('blockid') ?? '', body);
          blocks.set(id, m);
        } else if (comp === 'blocklist') {
          const ids = [
            ...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g),
          ].map((x) => x[1]!);
          const m = blocks.get(id) ?? new Map<string, Buffer>();
          artifact.zip = Buffer.concat(ids.map((b) => m.get(b) ?? Buffer.alloc(0)));
        } else {
          artifact.zip = body;
        }
        res.writeHead(201, { etag: `"0x${id}"`, 'last-modified': new Date().toUTCString() });
        res.end();
        return;
      }
      json(404, { code: 'not_found', msg: `${req.method} ${url.pathname}` });
    })().catch((e: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: 'internal', msg: String(e) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    url: `${origin}/`,
    runtimeToken: token,
    artifacts,
    calls,
    files(name) {
      const artifact = artifacts.find((a) => a.name === name && a.finalized);
      if (!artifact)
        throw new Error(
          `no finalized artifact named ${name} (have: ${artifacts.map((a) => a.name).join(', ') || 'none'})`,
        );
      return unzip(artifact.zip);
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
