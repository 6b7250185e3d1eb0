import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { loadConfig, type CharterConfig } from '../../config/load.js';
import { DEFAULT_CHARTERS_DIR } from '../../config/schema.js';
import { CacheLocationError, fingerprintFiles, LintCache, resolveCacheFile, runKey } from '../../cache/lint-cache.js';
import { countBySeverity, type Finding } from '../../findings/finding.js';
import { github } from '../../format/github.js';
import { loadFormatter, MACHINE_FORMATS } from '../../format/index.js';
import { summaryLine } from '../../format/stylish.js';
import type { Report, RuleDescriptor } from '../../format/types.js';
import { checkChartersDir, runLint } from '../../lint/run.js';
import { describeFsError, discoverFiles } from '../../load/discover.js';
import { toDisplayPath } from '../../load/parse.js';
import { rules as allRules } from '../../rules/index.js';
import { UserError } from '../../errors.js';
import { ExitCode } from '../exit-codes.js';
import { wantsColor, type CliIO } from '../io.js';
import { packageVersion } from '../version.js';
import type { LintOptionsFromCli } from './lint.register.js';
import { printable } from '../../text/printable.js';
import { relativeInside } from '../../load/within.js';

export { DEFAULT_CHARTERS_DIR };

/** `charter lint [paths...]`: prints the report and returns the exit code the spec promises. */
export async function lintCommand(paths: string[], options: LintOptionsFromCli, io: CliIO): Promise<ExitCode> {
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  const config = await loadConfig(io.cwd, options.config);
  if (paths.length === 0) await checkChartersDir(config, io.cwd);
  const lintRun = async (): Promise<LintRun> => {
    const result = await runLint({ cwd: io.cwd, paths, config, inlineConfig: options.inlineConfig !== false });
    return {
      findings: result.findings,
      files: result.files,
      charters: result.charters,
      hasOrg: result.hasOrg,
      sourcePaths: result.sources.map((s) => s.path),
    };
  };
  const targets = paths.length > 0 ? paths : [toDisplayPath(config.chartersDir, io.cwd)];
  const run = options.cache === true || options.cacheLocation !== undefined ? await cachedLintRun(targets, options, config, io, lintRun) : await lintRun();

  let findings = run.findings;
  if (options.quiet) findings = findings.filter((f) => f.severity === 'error');

  const report: Report = {
    findings,
    files: run.files,
    charters: run.charters,
    hasOrg: run.hasOrg,
    version: packageVersion(),
    rules: ruleDescriptors(config),
    cwd: io.cwd,
    root: await repositoryRoot(io.cwd),
  };
  const formatter = await loadFormatter(options.format);
  const machine = MACHINE_FORMATS.has(options.format);
  if (options.outputFile !== undefined) {
    const scanned = [config.chartersDir, ...targets.map((t) => path.resolve(io.cwd, t))];
    await writeReport(options.outputFile, formatter(report, { color: false }), io.cwd, run.sourcePaths, scanned, config);
    io.stdout.write(`${summaryLine(report).replace(/\.$/, '')}; report written to ${printable(options.outputFile)}\n`);
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

/** What one lint run found: what `--cache` keeps. */
interface LintRun {
  findings: Finding[];
  files: number;
  charters: number;
  hasOrg: boolean;
  /** Every file read (absolute), named or read for context. */
  sourcePaths: string[];
}

/**
 * `--cache`: the run's findings come from the cache when no file the run reads, nor the
 * configuration, the paths, the working directory or charter's version, has changed
 * since a run that stored them (see src/cache/lint-cache.ts); otherwise `lintRun`.
 */
async function cachedLintRun(
  targets: readonly string[],
  options: LintOptionsFromCli,
  config: CharterConfig,
  io: CliIO,
  lintRun: () => Promise<LintRun>,
): Promise<LintRun> {
  const location = await resolveCacheFile(options.cacheLocation, io.cwd);
  const cache = await LintCache.open(location).catch((err: unknown) => {
    throw err instanceof CacheLocationError ? new UserError(err.message) : err;
  });
  // Every file the run may read: the paths given, and the charters directory read for context.
  const roots = [...targets];
  if (await fs.stat(config.chartersDir).then(() => true, () => false)) roots.push(config.chartersDir);
  const identity = {
    charter: packageVersion(),
    node: process.version,
    cwd: io.cwd,
    targets,
    chartersDir: config.chartersDir,
    settings: config.settings,
    inlineConfig: options.inlineConfig !== false,
  };
  const key = runKey(identity, await fingerprintFiles(await discoverFiles(roots, io.cwd)));
  const stored = cache.get(key);
  if (stored !== undefined) return stored as LintRun;
  const run = await lintRun();
  await cache.set(key, run).catch((err: unknown) => {
    if (!(err instanceof CacheLocationError)) throw err;
    // The findings are right all the same; they are only not kept.
    io.stderr.write(`charter: ${err.message}; this run's findings are not cached\n`);
  });
  return run;
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UserError(`--max-warnings takes a whole number of 0 or more, got "${value}"`);
  return Number(value);
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
  sourcePaths: readonly string[],
  scanned: readonly string[],
  config: CharterConfig,
): Promise<void> {
  const target = path.resolve(cwd, file);
  const inScanned = scanned.some((dir) => relativeInside(dir, target) !== undefined);
  const isCharter = sourcePaths.includes(target) || (/\.ya?ml$/i.test(target) && inScanned);
  if (isCharter || target === config.file) {
    throw new UserError(`--output-file ${file} would overwrite ${isCharter ? 'a charter' : 'the configuration'}; write the report elsewhere, such as charter-report.sarif`);
  }
  const stat = await fs.stat(target).catch(() => undefined);
  if (stat?.isDirectory()) throw new UserError(`--output-file ${file} is a directory; give a file name, such as ${path.join(file, 'charter-report.sarif')}`);
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(temp, text);
    await fs.rename(temp, target);
  } catch (err) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw new UserError(`cannot write the report to ${file}: ${describeFsError(err, 'write error')}`);
  }
}
