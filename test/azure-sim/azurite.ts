/**
 * Azurite (Microsoft's storage emulator) as the blob endpoint of the simulated staging storage accounts.
 * Started on loopback with HTTPS, in-memory persistence, `--oauth basic` (bearer tokens from the simulated
 * Entra ID are accepted) and ALWAYS `--disableTelemetry` (otherwise Azurite reports telemetry to Microsoft).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BlobServiceClient, StorageSharedKeyCredential } from '@azure/storage-blob';
import { azuriteBundleMain, azuritePackageMain } from './azurite-bundle.js';

export interface StorageAccountKey {
  name: string;
  key: string;
}

export interface BlobStore {
  /** Base URL of the blob service (`https://127.0.0.1:<port>`); an account's endpoint is `<url>/<account>/`. */
  readonly url: string;
  readonly accounts: StorageAccountKey[];
  endpoint(account: string): string;
  writeText(account: string, container: string, blob: string, text: string): Promise<void>;
  deleteBlobs(account: string, container: string, prefix: string): Promise<void>;
  stop(): Promise<void>;
}

export interface StartAzuriteOptions {
  certPem: string;
  keyPem: string;
  /** How many storage accounts to register (one is handed to each template's staging resource group). */
  accountCount?: number;
}

export async function startAzurite(options: StartAzuriteOptions): Promise<BlobStore> {
  const dir = mkdtempSync(join(tmpdir(), 'aks-jumpbox-azurite-'));
  const certPath = join(dir, 'cert.pem');
  const keyPath = join(dir, 'key.pem');
  writeFileSync(certPath, options.certPem);
  writeFileSync(keyPath, options.keyPem);
  const suffix = randomBytes(3).toString('hex');
  const accounts: StorageAccountKey[] = Array.from({ length: options.accountCount ?? 16 }, (_, i) => ({
    name: `stjbsim${suffix}${i.toString(36)}`,
    key: randomBytes(64).toString('base64'),
  }));
  const main = azuriteBundleMain() ?? azuritePackageMain();
  const args = [
    main,
    '--blobHost',
    '127.0.0.1',
    '--blobPort',
    '0',
    '--inMemoryPersistence',
    '--extentMemoryLimit',
    '256',
    '--cert',
    certPath,
    '--key',
    keyPath,
    '--oauth',
    'basic',
    '--skipApiVersionCheck',
    '--disableProductStyleUrl',
    '--disableTelemetry',
    '--silent',
  ];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: dir,
    env: {
      ...process.env,
      AZURITE_ACCOUNTS: accounts.map((a) => `${a.name}:${a.key}`).join(';'),
      NODE_OPTIONS: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`Azurite did not start within 30 s: ${out}`)), 30_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /successfully listens on (https?:\/\/[\d.:]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Azurite exited with code ${code}: ${out}`));
    });
  });
  child.stdout!.resume();
  child.stderr!.resume();

  const clients = new Map<string, BlobServiceClient>();
  const client = (account: string) => {
    let c = clients.get(account);
    if (!c) {
      const acct = accounts.find((a) => a.name === account);
      if (!acct) throw new Error(`Unknown simulated storage account ${account}`);
      c = new BlobServiceClient(`${url}/${account}`, new StorageSharedKeyCredential(account, acct.key), {
        retryOptions: { maxTries: 2 },
      });
      clients.set(account, c);
    }
    return c;
  };

  return {
    url,
    accounts,
    endpoint: (account) => `${url}/${account}/`,
    async writeText(account, container, blob, text) {
      const containerClient = client(account).getContainerClient(container);
      await containerClient.createIfNotExists();
      await containerClient.getBlockBlobClient(blob).upload(text, Buffer.byteLength(text), {
        blobHTTPHeaders: { blobContentType: 'text/plain; charset=utf-8' },
      });
    },
    async deleteBlobs(account, container, prefix) {
      const containerClient = client(account).getContainerClient(container);
      if (!(await containerClient.exists())) return;
      for await (const b of containerClient.listBlobsFlat({ prefix }))
        await containerClient.deleteBlob(b.name);
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
