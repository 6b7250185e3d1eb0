import path from 'node:path';
import { cachedLint } from '../../cache/cached-lint.js';
import { UserError } from '../../errors.js';
import { countBySeverity } from '../../findings/finding.js';
import { github } from '../../format/github.js';
import { loadFormatter, MACHINE_FORMATS, type FormatName } from '../../format/index.js';
import { writeReportFile } from '../../format/report-file.js';
import { toReport } from '../../format/report.js';
import { summaryLine } from '../../format/stylish.js';
import { runLint, type LintRequest } from '../../lint/run.js';
import { ExitCode } from '../exit-codes.js';
import { wantsColor, type CliIO } from '../io.js';

/** `charter lint`'s options as commander parses them. */
export interface LintOptionsFromCli {
  format: FormatName;
  config?: string;
  /** False with `--no-inline-config`. */
  inlineConfig?: boolean;
  outputFile?: string;
  maxWarnings?: string;
  quiet?: boolean;
  cache?: boolean;
  cacheLocation?: string;
}

/** `charter lint [paths...]`: prints the report and returns the exit code the spec promises. */
export async function lintCommand(paths: string[], options: LintOptionsFromCli, io: CliIO): Promise<ExitCode> {
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  const request: LintRequest = { cwd: io.cwd, paths, configFile: options.config, inlineConfig: options.inlineConfig !== false };
  const useCache = options.cache === true || options.cacheLocation !== undefined;
  const run = useCache
    ? await cachedLint(request, options.cacheLocation, (message) => io.stderr.write(`charter: ${message}\n`))
    : await runLint(request);

  let findings = run.findings;
  if (options.quiet) findings = findings.filter((f) => f.severity === 'error');
  const report = await toReport({ ...run, findings }, run.config.settings, io.cwd);
  const formatter = await loadFormatter(options.format);
  if (options.outputFile !== undefined) {
    await writeReportFile(options.outputFile, formatter(report, { color: false }), io.cwd, {
      sourcePaths: run.sourcePaths,
      scanned: [run.config.chartersDir, ...run.targets.map((t) => path.resolve(io.cwd, t))],
      configFile: run.config.file,
    });
    io.stdout.write(`${summaryLine(report).replace(/\.$/, '')}; report written to ${options.outputFile}\n`);
  } else {
    const machine = MACHINE_FORMATS.has(options.format);
    io.stdout.write(formatter(report, { color: !machine && wantsColor(io.stdout, io.env) }));
  }
  // In GitHub Actions, the human format also marks the pull request.
  if (options.format === 'stylish' && io.env['GITHUB_ACTIONS'] === 'true') io.stdout.write(github(report, { color: false }));

  const { errors, warnings } = countBySeverity(findings);
  if (errors > 0) return ExitCode.Findings;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr.write(`charter: ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, more than --max-warnings ${maxWarnings} allows\n`);
    return ExitCode.Findings;
  }
  return ExitCode.Ok;
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UserError(`--max-warnings takes a whole number of 0 or more, got "${value}"`);
  return Number(value);
}
