/**
 * The CLI's usage surface, in process: help per command (flags with defaults, exit codes), unknown commands and
 * usage errors on stderr with exit 2, colours only on a terminal without NO_COLOR, and the heartbeat.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../../src/cli/cli.js';
import { COMMANDS, INPUT_FLAGS } from '../../src/cli/help.js';
import { terminalLogger } from '../../src/cli/terminal-logger.js';
import { INPUT_NAMES } from '../../src/core/index.js';

async function cli(argv: string[], env: NodeJS.ProcessEnv = {}, isTty = false) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const code = await runCli({ argv, env, stdout, stderr, signal: new AbortController().signal, isTty });
  return { code, stdout: out, stderr: err };
}

describe('CLI help and usage errors', () => {
  it.each(Object.keys(COMMANDS))(
    '%s --help: its usage, flags and exit codes on stdout, exit 0',
    async (command) => {
      const r = await cli([command, '--help']);
      expect(r.code).toBe(EXIT.ok);
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain(`Usage: aks-jumpbox-image ${command}`);
      expect(r.stdout).toMatch(/Exit codes: 0 /);
    },
  );

  it('build --help lists every build flag with its default', async () => {
    const r = await cli(['build', '--help']);
    expect(r.stdout).toMatch(/--vm-size\s+build VM size \(default: Standard_D2ds_v5\)/);
    expect(r.stdout).toMatch(/--revoke-roles\s+.*\(default: image\)/);
    expect(r.stdout).toMatch(/--build-timeout-minutes\s+.*\(default: 60\)/);
    for (const name of INPUT_NAMES.filter(
      (n) => !['upload-log', 'log-artifact-name', 'log-retention-days'].includes(n),
    ))
      expect(r.stdout).toContain(`--${name} `);
  });

  it('documents the exit codes of status and logs', async () => {
    expect((await cli(['status', '--help'])).stdout).toMatch(
      /Exit codes: 0 the last run succeeded.*; 1 it failed.*; 2 bad usage; 3 it was canceled\./,
    );
    expect((await cli(['logs', '-h'])).stdout).toMatch(/Exit codes: 0 the log was saved; 1 no log was found/);
  });

  it('every input has flag help', () => {
    expect(Object.keys(INPUT_FLAGS).sort()).toEqual([...INPUT_NAMES].sort());
  });

  it('an unknown command exits 2 with "unknown command" on stderr and nothing on stdout', async () => {
    const r = await cli(['biuld', '--build-subnet-id', 'x']);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^error: unknown command "biuld"\./);
    expect(r.stderr).toContain('Commands:');
  });

  it('no command: the command list on stderr, exit 2; --help: on stdout, exit 0', async () => {
    const none = await cli([]);
    expect([none.code, none.stdout]).toEqual([EXIT.usage, '']);
    expect(none.stderr).toContain('Commands:');
    const help = await cli(['--help']);
    expect([help.code, help.stderr]).toEqual([EXIT.ok, '']);
  });

  it.each([
    [
      ['build', '--no-such-flag'],
      /error: Unknown option '--no-such-flag'.*\nRun "aks-jumpbox-image build --help"/s,
    ],
    [
      [
        'build',
        ...[
          '--build-subnet-id',
          '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-a/subnets/snet-a',
        ],
        ...['--builder-resource-group', 'rg-b', '--image-resource-group', 'rg-i', '--revoke-roles', 'some'],
      ],
      /^error: --revoke-roles: "some" is not valid/,
    ],
    [['plan'], /^error: --build-subnet-id/],
    [
      ['status', '--template-name', 't'],
      /^error: status needs --builder-resource-group, --template-name and --subscription-id/,
    ],
    [['logs'], /^error: logs needs/],
    [['cancel', '--builder-resource-group', 'rg'], /^error: cancel needs/],
    [['definition', 'unpin'], /^error: usage: aks-jumpbox-image definition pin FILE/],
    [['build', '--heartbeat-seconds', '0'], /^error: --heartbeat-seconds: "0" is not a positive number/],
  ])('%j: exit 2, the error on stderr, nothing on stdout', async (argv, message) => {
    const r = await cli(argv, { AZURE_CLIENT_ID: 'x', AZURE_TENANT_ID: 't', AZURE_CLIENT_SECRET: 's' });
    expect(r.code).toBe(EXIT.usage);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('colours errors only on a terminal, and never with NO_COLOR', async () => {
    const argv = ['status'];
    expect((await cli(argv, {}, true)).stderr).toContain('\u001b[31m');
    expect((await cli(argv, { NO_COLOR: '1' }, true)).stderr).not.toContain('\u001b[');
    expect((await cli(argv, {}, false)).stderr).not.toContain('\u001b[');
  });
});

describe('terminal logger heartbeat', () => {
  it('prints a line after a quiet stretch of a phase, and none outside a phase or after output', async () => {
    let t = 0;
    const out = new PassThrough();
    let text = '';
    out.on('data', (d) => (text += d));
    const logger = terminalLogger({ out, verbose: false, color: false, heartbeatMs: 300, now: () => t });
    await new Promise((r) => setTimeout(r, 400));
    expect(text).toBe('');
    await logger.group('Build', async () => {
      t = 299;
      await new Promise((r) => setTimeout(r, 400));
      expect(text).not.toContain('still');
      t = 125_000;
      await new Promise((r) => setTimeout(r, 400));
    });
    logger.close();
    expect(text).toBe('== Build ==\n… still in Build (2m05s)\n');
  });
});
