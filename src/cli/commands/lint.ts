import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { loadConfig, type CharterConfig } from '../../config/load.js';
import { DEFAULT_CHARTERS_DIR } from '../../config/schema.js';
import { countBySeverity } from '../../findings/finding.js';
import { github } from '../../format/github.js';
import { loadFormatter, MACHINE_FORMATS } from '../../format/index.js';
import { summaryLine } from '../../format/stylish.js';
import type { Report, RuleDescriptor } from '../../format/types.js';
import { lintProject } from '../../lint/lint.js';
import { describeFsError } from '../../load/discover.js';
import { toDisplayPath } from '../../load/parse.js';
import { loadLintTargets, type LintTargets } from '../../lint/targets.js';
import { rules as allRules } from '../../rules/index.js';
import { CliError, ExitCode } from '../exit-codes.js';
import { wantsColor, type CliIO } from '../io.js';
import { packageVersion } from '../version.js';
import type { LintOptionsFromCli } from './lint.register.js';

export { DEFAULT_CHARTERS_DIR };

/** `charter lint [paths...]`: prints the report and returns the exit code the spec promises. */
export async function runLint(paths: string[], options: LintOptionsFromCli, io: CliIO): Promise<ExitCode> {
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  const config = await loadConfig(io.cwd, options.config);
  if (paths.length === 0) await checkChartersDir(config, io.cwd);
  const targets = paths.length > 0 ? paths : [toDisplayPath(config.chartersDir, io.cwd)];
  const project = await loadLintTargets(targets, io.cwd, config.chartersDir);

  let findings = lintProject(project, config.settings, allRules, { inlineConfig: options.inlineConfig !== false });
  const named = project.named;
  if (named !== undefined) findings = findings.filter((f) => named.has(f.file));
  if (options.quiet) findings = findings.filter((f) => f.severity === 'error');

  const report: Report = {
    findings,
    files: named?.size ?? project.sources.length,
    charters: project.sources.filter((s) => s.kind === 'charter' && (named === undefined || named.has(s.displayPath))).length,
    hasOrg: project.sources.some((s) => s.kind === 'org' && (named === undefined || named.has(s.displayPath))),
    version: packageVersion(),
    rules: ruleDescriptors(config),
    cwd: io.cwd,
    root: await repositoryRoot(io.cwd),
  };
  const formatter = await loadFormatter(options.format);
  const machine = MACHINE_FORMATS.has(options.format);
  if (options.outputFile !== undefined) {
    const scanned = [config.chartersDir, ...targets.map((t) => path.resolve(io.cwd, t))];
    await writeReport(options.outputFile, formatter(report, { color: false }), io.cwd, project, scanned, config);
    io.stdout.write(`${summaryLine(report).replace(/\.$/, '')}; report written to ${options.outputFile}\n`);
  } else {
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
  if (!/^\d+$/.test(value)) throw new CliError(`--max-warnings takes a whole number of 0 or more, got "${value}"`);
  return Number(value);
}

/** With no path given: the charters directory must exist, and the message says where it was looked for. */
async function checkChartersDir(config: CharterConfig, cwd: string): Promise<void> {
  try {
    await fs.stat(config.chartersDir);
  } catch {
    const shown = toDisplayPath(config.chartersDir, cwd);
    throw new CliError(
      config.chartersFromConfig
        ? `no "${shown}" directory, where "charters" in ${config.displayPath} says the charters are; fix that path, or run charter lint <directory>`
        : `no "${DEFAULT_CHARTERS_DIR}" directory here; run charter lint <directory>, or start one with charter new <id>`,
    );
  }
}

function ruleDescriptors(config: CharterConfig): RuleDescriptor[] {
  return allRules.map((r) => ({
    id: r.meta.id,
    description: r.meta.description,
    defaultSeverity: r.meta.defaultSeverity,
    level: r.meta.alwaysOn ? r.meta.defaultSeverity : (config.settings.get(r.meta.id)?.level ?? r.meta.defaultSeverity),
  }));
}

/** The nearest directory at or above `cwd` holding `.git`; `cwd` itself outside a repository. */
async function repositoryRoot(cwd: string): Promise<string> {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    try {
      await fs.stat(path.join(dir, '.git'));
      return dir;
    } catch {
      // keep walking up
    }
    if (path.dirname(dir) === dir) return path.resolve(cwd);
  }
}

/**
 * Writes the report through a temporary file renamed into place, so that a reader
 * never sees half a report. Refuses to write over a charter (a file read, or a YAML
 * file in a directory linted or the charters directory) or the configuration.
 */
async function writeReport(
  file: string,
  text: string,
  cwd: string,
  project: LintTargets,
  scanned: readonly string[],
  config: CharterConfig,
): Promise<void> {
  const target = path.resolve(cwd, file);
  const inScanned = scanned.some((dir) => {
    const rel = path.relative(dir, target);
    return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
  });
  const isCharter = project.sources.some((s) => s.path === target) || (/\.ya?ml$/i.test(target) && inScanned);
  if (isCharter || target === config.file) {
    throw new CliError(`--output-file ${file} would overwrite ${isCharter ? 'a charter' : 'the configuration'}; write the report elsewhere, such as charter-report.sarif`);
  }
  const stat = await fs.stat(target).catch(() => undefined);
  if (stat?.isDirectory()) throw new CliError(`--output-file ${file} is a directory; give a file name, such as ${path.join(file, 'charter-report.sarif')}`);
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(temp, text);
    await fs.rename(temp, target);
  } catch (err) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw new CliError(`cannot write the report to ${file}: ${describeFsError(err, 'write error')}`);
  }
}
