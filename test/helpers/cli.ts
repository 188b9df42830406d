/** Runs the built CLI (bin/smsec.js → dist/) as a child process, as a user would. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The CLI entry point, absolute so tests may run it from any working directory. */
export const BIN = fileURLToPath(new URL('../../bin/smsec.js', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: Record<string, string | undefined> = {}, options: { cwd?: string } = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    ...(options.cwd ? { cwd: options.cwd } : {}),
    // Generous: a busy machine (parallel test files) can make one audit take many seconds.
    timeout: 90_000,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NO_COLOR: '1',
      // Never reach a real account from tests: no credentials, no region, no profile.
      AWS_ACCESS_KEY_ID: undefined,
      AWS_SECRET_ACCESS_KEY: undefined,
      ...env,
    } as NodeJS.ProcessEnv,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
