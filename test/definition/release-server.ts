/**
 * Test helpers for the definition scripts: a loopback HTTP server serving fake release files, a throwaway
 * GPG signing key, and running a generated script in a scratch root.
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

export interface ReleaseServer {
  url: string;
  files: Map<string, Buffer>;
  requests: string[];
  close(): Promise<void>;
}

export async function startReleaseServer(): Promise<ReleaseServer> {
  const files = new Map<string, Buffer>();
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    const body = files.get(path);
    if (!body) {
      res.writeHead(404).end('not found');
      return;
    }
    res
      .writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length })
      .end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    files,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** A fake executable: a shell script printing `output`. */
export function fakeBinary(output: string): Buffer {
  return Buffer.from(`#!/bin/sh\nprintf '%s\\n' '${output.replace(/'/g, `'\\''`)}'\n`);
}

/** Builds an archive (tar.gz or zip) holding `member` with `content`. */
export function archive(kind: 'tar.gz' | 'zip', member: string, content: Buffer): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'jumpbox-archive-'));
  const file = join(dir, 'src', member);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  chmodSync(file, 0o755);
  const out = join(dir, `out.${kind}`);
  if (kind === 'tar.gz') execFileSync('tar', ['-czf', out, '-C', join(dir, 'src'), member]);
  else execFileSync('zip', ['-q', '-X', out, member], { cwd: join(dir, 'src') });
  return readFileSync(out);
}

export interface TestKey {
  home: string;
  fingerprint: string;
  armored: string;
  sign(data: Buffer, armor: boolean): Buffer;
}

export function generateKey(name: string): TestKey {
  const home = mkdtempSync(join(tmpdir(), 'jumpbox-gnupg-'));
  chmodSync(home, 0o700);
  const gpg = (args: string[], input?: Buffer) =>
    execFileSync('gpg', ['--batch', '--quiet', '--homedir', home, ...args], {
      ...(input ? { input } : {}),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
  gpg(['--passphrase', '', '--quick-gen-key', `${name} <test@example.invalid>`, 'ed25519', 'sign', 'never']);
  const colons = gpg(['--with-colons', '--list-keys']).toString();
  const fingerprint = colons
    .split('\n')
    .find((l) => l.startsWith('fpr:'))!
    .split(':')[9]!;
  const armored = gpg(['--armor', '--export', fingerprint]).toString();
  return {
    home,
    fingerprint,
    armored,
    sign: (data, armor) => {
      const dir = mkdtempSync(join(tmpdir(), 'jumpbox-sign-'));
      writeFileSync(join(dir, 'data'), data);
      gpg([
        '--yes',
        '--local-user',
        fingerprint,
        ...(armor ? ['--armor'] : []),
        '--detach-sign',
        '-o',
        join(dir, 'sig'),
        join(dir, 'data'),
      ]);
      return readFileSync(join(dir, 'sig'));
    },
  };
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a bash script asynchronously (the release server lives in this process). */
export function runScript(script: string, env: Record<string, string>): Promise<RunResult> {
  const dir = mkdtempSync(join(tmpdir(), 'jumpbox-script-'));
  const file = join(dir, 'script.sh');
  writeFileSync(file, script);
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [file], {
      env: { ...process.env, TMPDIR: dir, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

export const execFileAsync = promisify(execFile);
