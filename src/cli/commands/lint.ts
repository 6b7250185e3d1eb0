import { countBySeverity } from '../../findings/finding.js';
import { loadFormatter } from '../../format/index.js';
import { lintProject } from '../../lint/lint.js';
import { loadProject } from '../../project/load.js';
import { CliError, ExitCode } from '../exit-codes.js';
import { wantsColor, type CliIO } from '../io.js';
import type { LintOptionsFromCli } from './lint.register.js';

/** The charters directory when no path is given. */
export const DEFAULT_CHARTERS_DIR = 'charters';

/** `charter lint [paths...]`: prints the report and returns the exit code the spec promises. */
export async function runLint(paths: string[], options: LintOptionsFromCli, io: CliIO): Promise<ExitCode> {
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  const targets = paths.length > 0 ? paths : [DEFAULT_CHARTERS_DIR];
  const project = await loadProject(targets, io.cwd).catch((err: unknown) => {
    if (err instanceof CliError && paths.length === 0) {
      throw new CliError(`no "${DEFAULT_CHARTERS_DIR}" directory here; run charter lint <directory>, or start one with charter new <id>`);
    }
    throw err;
  });
  let findings = lintProject(project);
  if (options.quiet) findings = findings.filter((f) => f.severity === 'error');

  const formatter = await loadFormatter(options.format);
  const charters = project.sources.filter((s) => s.kind === 'charter').length;
  io.stdout.write(
    formatter(
      { findings, files: project.sources.length, charters, hasOrg: project.sources.some((s) => s.kind === 'org') },
      { color: options.format === 'stylish' && wantsColor(io.stdout, io.env) },
    ),
  );

  const { errors, warnings } = countBySeverity(findings);
  if (errors > 0) return ExitCode.Findings;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr.write(`charter: ${warnings} warnings, more than --max-warnings ${maxWarnings} allows\n`);
    return ExitCode.Findings;
  }
  return ExitCode.Ok;
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new CliError(`--max-warnings takes a whole number of 0 or more, got "${value}"`);
  return Number(value);
}
