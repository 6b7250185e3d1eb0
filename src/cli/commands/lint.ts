import path from 'node:path';
import { cachedLint } from '../../cache/cached-lint.js';
import { UserError } from '../../errors.js';
import { countBySeverity } from '../../findings/finding.js';
import { github } from '../../format/github.js';
import { loadFormatter, MACHINE_FORMATS, type FormatName } from '../../format/index.js';
import { writeReportFile } from '../../format/report-file.js';
import { toReport } from '../../format/report.js';
import { summaryLine } from '../../format/stylish.js';
import { introducedFindings } from '../../diff/compare.js';
import { lintRevision } from '../../lint/at-revision.js';
import type { BulkUpdate } from '../../lint/bulk.js';
import { lintUpdatingSuppressions } from '../../lint/bulk-update.js';
import { runLint, type LintPlan, type LintRequest, type LintResult, type LintSummary } from '../../lint/run.js';
import { ExitCode } from '../exit-codes.js';
import { wantsColor, type CliIO } from '../io.js';
import { printable } from '../../text/printable.js';
import { lintInput } from './lint-input.js';

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
  suppressAll?: boolean;
  /** `--suppress-rule <id>`, repeatable. */
  suppressRule?: string[];
  pruneSuppressions?: boolean;
  since?: string;
  /** The file standard input stands for, with the path `-`. */
  stdinFilename?: string;
  /** `--color` / `--no-color`; undefined: decide from the terminal and NO_COLOR / FORCE_COLOR. */
  color?: boolean;
}

/** `charter lint [paths...]`: prints the report and returns the exit code the spec promises. */
export async function lintCommand(args: string[], options: LintOptionsFromCli, io: CliIO): Promise<ExitCode> {
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  const { paths, stdin } = await lintInput(args, options, io);
  const request: LintRequest = { cwd: io.cwd, paths, configFile: options.config, inlineConfig: options.inlineConfig !== false, ...(stdin ? { stdin } : {}) };
  const update = bulkUpdate(options);
  // Standard input is not a file the cache could fingerprint: always a full run.
  const useCache = stdin === undefined && (options.cache === true || options.cacheLocation !== undefined);
  let run: LintSummary & Pick<LintPlan, 'config' | 'targets'>;
  if (update !== undefined) {
    const updated = await lintUpdatingSuppressions(request, update);
    io.stderr.write(`charter: wrote ${updated.bulk.displayPath}: ${plural(updated.accepted, 'problem')} accepted, in ${plural(updated.entries, 'entry', 'entries')}\n`);
    run = updated;
  } else if (options.since !== undefined) {
    run = await newSince(await runLint(request), options.since, request);
  } else {
    run = useCache ? await cachedLint(request, options.cacheLocation, (message) => io.stderr.write(`charter: ${message}\n`)) : await runLint(request);
  }

  let findings = run.findings;
  if (options.quiet) findings = findings.filter((f) => f.severity === 'error');
  const report = await toReport({ ...run, findings }, run.config.settings, io.cwd);
  const formatter = await loadFormatter(options.format);
  if (options.outputFile !== undefined) {
    await writeReportFile(options.outputFile, formatter(report, { color: false }), io.cwd, {
      sourcePaths: run.sourcePaths,
      scanned: [run.config.chartersDir, ...run.targets.map((t) => path.resolve(io.cwd, t))],
      configFile: run.config.file,
      chartersDir: run.config.chartersDir,
    });
    io.stdout.write(`${summaryLine(report).replace(/\.$/, '')}; report written to ${printable(options.outputFile)}\n`);
  } else {
    const machine = MACHINE_FORMATS.has(options.format);
    const width = !machine && io.stdout.isTTY === true ? io.stdout.columns : undefined;
    io.stdout.write(formatter(report, { color: !machine && wantsColor(io.stdout, io.env, options.color), width }));
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

/** What the suppression options ask of charter-suppressions.json, if anything. */
function bulkUpdate(options: LintOptionsFromCli): BulkUpdate | undefined {
  const asked = [options.suppressAll === true, (options.suppressRule ?? []).length > 0, options.pruneSuppressions === true].filter(Boolean).length;
  if (asked > 1) throw new UserError('--suppress-all, --suppress-rule and --prune-suppressions each rewrite charter-suppressions.json: give one of them');
  if (asked === 1 && options.since !== undefined) throw new UserError('--since cannot be combined with --suppress-all, --suppress-rule or --prune-suppressions');
  if (options.suppressAll === true) return { kind: 'suppress' };
  if ((options.suppressRule ?? []).length > 0) return { kind: 'suppress', rules: new Set(options.suppressRule) };
  if (options.pruneSuppressions === true) return { kind: 'prune' };
  return undefined;
}

/**
 * `--since <revision>`: only the findings the charters at that revision did not have,
 * matched as `charter diff` matches them; the revision is linted with today's configuration.
 */
async function newSince(run: LintResult, revision: string, request: LintRequest): Promise<LintResult> {
  const base = await lintRevision({ cwd: request.cwd, revision, config: run.config, inlineConfig: request.inlineConfig !== false });
  const findings = introducedFindings({ label: revision, model: base.model, findings: base.findings }, { label: '', model: run.model, findings: run.findings });
  return { ...run, findings };
}

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UserError(`--max-warnings takes a whole number of 0 or more, got "${value}"`);
  return Number(value);
}
