/** The command line: commander wiring only. Errors the user can fix print one line and exit 2. */
import { Command, CommanderError, Option } from 'commander';
import { BUILTIN_CHECKS } from '../checks/index.js';
import { auditCommand } from './commands/audit.js';
import { checksCommand, explainCommand } from './commands/catalogue.js';
import { diffCommand } from './commands/diff.js';
import { REPORT_FORMATS } from './commands/outputs.js';
import { recordCommand } from './commands/record.js';
import { UsageError } from './errors.js';
import { loadPlugins } from './plugins/load.js';
import { SEVERITIES } from './model.js';
import { VERSION } from './version.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 3;

/** Flags for reading a live account, shared by audit and record. */
function addLiveOptions(cmd: Command): Command {
  return cmd
    .option('--role-arn <arn>', 'assume this IAM role (in the audited account) for every call')
    .option('--external-id <id>', 'external ID for --role-arn')
    .option('--role-session-name <name>', 'session name for --role-arn (default: smsec-audit)')
    .option('--since <window>', 'job history to audit: finished jobs created before it are skipped, running jobs always included (90d, 12h, 2w, 6m, 1y, a date, or "all"; default 90d)')
    .option('--max-concurrency <n>', 'requests in flight at once, all services together (default 16; per-service limits also apply)')
    .option('-q, --quiet', 'no progress on stderr');
}

function buildProgram(setExit: (code: number) => void): Command {
  const catalogue = [...BUILTIN_CHECKS];
  const program = new Command('smsec')
    .description('Security posture auditor for Amazon SageMaker accounts')
    .version(VERSION)
    .option('--debug', 'show stack traces for internal errors')
    .option('--plugin <module>', 'load extra checks from a module file or package (repeatable)', (v: string, prev: string[] = []) => [...prev, v])
    .exitOverride()
    .configureOutput({ outputError: () => {} })
    .showSuggestionAfterError(true);

  // Plugins join the catalogue before any command runs, so audit, record, checks and explain all see them.
  program.hook('preAction', async () => {
    const specs = (program.opts() as { plugin?: string[] }).plugin ?? [];
    if (specs.length) catalogue.push(...(await loadPlugins(specs, catalogue)));
  });

  addLiveOptions(program.command('audit'))
    .description('audit an account (live, or a recorded snapshot) and report findings')
    .option('--snapshot <file>', 'audit a recorded snapshot (.json or .json.gz) instead of a live account')
    .option('--regions <list>', 'comma-separated regions, or "all" enabled regions (default: the configured region; for snapshots, every recorded region)')
    .option('--profile <name>', 'AWS shared-config profile for a live audit')
    .option('--checks <ids>', 'only these checks (ids or globs, comma-separated)')
    .option('--skip-checks <ids>', 'skip these checks (ids or globs, comma-separated)')
    .addOption(new Option('--min-severity <severity>', 'only run checks at or above this severity').choices([...SEVERITIES]))
    .addOption(new Option('--format <format>', 'report format').choices([...REPORT_FORMATS]).default('text'))
    .option(
      '--output <[format=]file>',
      'write a report to a file (repeatable): FORMAT=FILE for that format (text, json, sarif, junit, markdown), FILE for the --format report instead of stdout',
      (v: string, prev: string[] = []) => [...prev, v],
    )
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a finding at or above this severity fails; "none" never fails (default: config failOn, else info)').choices([
        ...SEVERITIES,
        'none',
      ]),
    )
    .option('--no-fail-on-error', 'do not count unreadable (error) findings as failing')
    .option('-v, --verbose', 'text report: list passing, not-applicable and suppressed findings too')
    .option('--config <file>', 'config file (default: smsec.config.json in the working directory, when present)')
    .option('--no-config', 'ignore smsec.config.json')
    .option('--baseline <file>', 'a previous JSON report: gate only on failing findings that are not in it')
    .option('--sarif-include-suppressed', 'SARIF: keep suppressed findings, marked as suppressed (GitHub still shows them as open alerts)')
    .action(async (opts) => setExit(await auditCommand(catalogue, opts)));

  program
    .command('diff')
    .description('compare two JSON reports: new, fixed and unchanged failing findings')
    .argument('<old>', 'the earlier JSON report')
    .argument('<new>', 'the later JSON report')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--fail-on-new', 'exit 1 when the later report has failing findings the earlier one did not (suppressed ones excepted)')
    .action((oldFile: string, newFile: string, opts) => setExit(diffCommand(oldFile, newFile, opts)));

  addLiveOptions(program.command('record'))
    .description('read a live account once and save every API answer as a snapshot')
    .requiredOption('--output <file>', 'snapshot file to write (.json, or .json.gz for gzip)')
    .option('--regions <list>', 'comma-separated regions, or "all" enabled regions (default: the configured region)')
    .option('--profile <name>', 'AWS shared-config profile')
    .option('--checks <ids>', 'record only what these checks need (ids or globs)')
    .option('--skip-checks <ids>', 'do not record what only these checks need')
    .action(async (opts) => setExit(await recordCommand(catalogue, opts)));

  program
    .command('checks')
    .description('list the available checks')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .action((opts) => void process.stdout.write(checksCommand(catalogue, opts)));

  program
    .command('explain')
    .description("print a check's full documentation")
    .argument('<id>', 'check id')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((id: string, opts) => void process.stdout.write(explainCommand(catalogue, id, opts)));

  return program;
}

/** Runs the CLI and returns the exit code (0 clean, 1 findings, 2 usage or input error, 3 internal error). */
export async function main(argv: string[]): Promise<number> {
  // The pinned SDK release supports Node 20; its notice about future releases is not the user's concern here
  // and would break the one-line error contract on stderr.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  let code = EXIT_OK;
  const program = buildProgram((c) => (code = c));
  const debug = argv.includes('--debug');
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.exitCode === 0) return EXIT_OK; // --help, --version
      process.stderr.write(`smsec: ${err.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ')}\n`);
      return EXIT_USAGE;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`smsec: ${err.message.replace(/\s*\n\s*/g, ' ')}\n`);
      return EXIT_USAGE;
    }
    const e = err as Error;
    process.stderr.write(`smsec: internal error: ${e?.message ?? String(err)}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug && e?.stack) process.stderr.write(`${e.stack}\n`);
    return EXIT_INTERNAL;
  }
}
