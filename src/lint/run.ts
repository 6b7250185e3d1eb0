import { promises as fs } from 'node:fs';
import path from 'node:path';
import { loadConfig, type CharterConfig } from '../config/load.js';
import { DEFAULT_CHARTERS_DIR } from '../config/defaults.js';
import { UserError } from '../errors.js';
import type { Finding } from '../findings/finding.js';
import { expandGlobs } from '../load/globs.js';
import { ignoreFilter } from '../load/ignore.js';
import { toDisplayPath } from '../load/parse.js';
import type { SourceFile } from '../load/source.js';
import type { OrgModel } from '../model/model.js';
import { applyBulkFile, readBulkFile, unusedEntryReport } from './bulk.js';
import type { StdinFile } from '../project/load.js';
import { lintProject } from './lint.js';
import { loadLintTargets } from './targets.js';

/** What one lint run is asked to do. */
export interface LintRequest {
  /** The working directory: paths, the configuration and display paths are relative to it. */
  cwd: string;
  /** Charter files or directories; default: the charters directory of the configuration. */
  paths?: readonly string[];
  /** The configuration, when the caller has loaded it already. */
  config?: CharterConfig;
  /** The configuration file to read (`--config`), when `config` is not given. */
  configFile?: string;
  /** Honour `# charter-disable-...` comments (default true). */
  inlineConfig?: boolean;
  /** The command's name, for messages that suggest running it again (default `lint`). */
  command?: string;
  /** Apply charter-suppressions.json, next to the configuration (default true). */
  bulkSuppressions?: boolean;
  /** A charter read from standard input, linted as the file it names (`--stdin-filename`), in the context of its charters directory. */
  stdin?: { filename: string; bytes: Uint8Array };
  /** Files already read, by absolute path (by `--cache`, to hash them): parsed from these bytes, not read again. */
  preread?: ReadonlyMap<string, Uint8Array>;
}

/** What a report of a lint run needs: what `--cache` keeps of a run. */
export interface LintSummary {
  /** Findings of the files reported on (the named ones), sorted. */
  findings: Finding[];
  /** Files reported on. */
  files: number;
  /** Function charters among them. */
  charters: number;
  /** True when org.yaml is among them. */
  hasOrg: boolean;
  /** Every file read (absolute paths), named or read for context. */
  sourcePaths: string[];
  /** Findings hidden by charter-suppressions.json (0 without one). */
  suppressed: number;
}

/** Everything one lint run produced: what every command reads, never the files themselves. */
export interface LintResult extends LintSummary {
  /** Every file read, named or read for context. */
  sources: SourceFile[];
  /** The organization as the rules saw it. */
  model: OrgModel;
  config: CharterConfig;
  /** The paths linted, as given (or the charters directory). */
  targets: string[];
  /**
   * Display paths of the files reported on, when the paths named files inside the
   * charters directory and the rest of it was read only for context; undefined when
   * every file read is reported on.
   */
  named: ReadonlySet<string> | undefined;
}

/** What a lint run reads: its configuration, and the paths it lints. */
export interface LintPlan {
  config: CharterConfig;
  /** The paths given (glob patterns expanded), or the charters directory (relative to the working directory); none for standard input alone. */
  targets: string[];
  /** Standard input, as the file it stands for (`--stdin-filename`). */
  stdin: StdinFile | undefined;
}

/**
 * Reads the configuration (unless given) and settles what to lint: the paths given, or
 * the charters directory of the configuration, which must then exist.
 * @throws UserError when the configuration cannot be used or the charters directory is missing.
 */
export async function planLint(request: LintRequest): Promise<LintPlan> {
  const { cwd } = request;
  const config = request.config ?? (await loadConfig(cwd, request.configFile));
  const paths = await expandGlobs(request.paths ?? [], cwd);
  const stdin = request.stdin === undefined ? undefined : stdinFile(request.stdin, cwd, config);
  if (paths.length === 0 && stdin === undefined) await checkChartersDir(config, cwd, request.command ?? 'lint');
  const targets = paths.length > 0 || stdin !== undefined ? [...paths] : [toDisplayPath(config.chartersDir, cwd)];
  return { config, targets, stdin };
}

/**
 * The one lint run every command shares: reads the configuration (unless given), the
 * files the paths name (and the charters directory for context), builds the org model,
 * runs the rules and applies the suppression comments, then charter-suppressions.json.
 * @throws UserError when the configuration, the suppressions file or a path cannot be used.
 */
export async function runLint(request: LintRequest): Promise<LintResult> {
  const { cwd } = request;
  const { config, targets, stdin } = await planLint(request);
  const ignore = ignoreFilter(config.ignore, config.ignoreBase);
  const project = await loadLintTargets(targets, cwd, config.chartersDir, { ignore, stdin, preread: request.preread });
  let findings = lintProject(project, config.settings, undefined, { inlineConfig: request.inlineConfig !== false });
  const named = project.named;
  // A problem about two places is reported when either file is linted.
  if (named !== undefined) findings = findings.filter((f) => named.has(f.file) || f.related?.some((r) => named.has(r.file)) === true);
  // Bulk suppressions, after the comments: they count what the comments leave.
  let suppressed = 0;
  if (request.bulkSuppressions !== false) {
    const bulk = await readBulkFile(config, cwd);
    ({ findings, suppressed } = applyBulkFile(findings, bulk, cwd, named, unusedEntryReport(config.settings)));
  }
  const reported = project.sources.filter((s) => named === undefined || named.has(s.displayPath));
  return {
    findings,
    sources: project.sources,
    sourcePaths: project.sources.map((s) => s.path),
    model: project.model,
    config,
    targets,
    named,
    suppressed,
    files: reported.length,
    charters: reported.filter((s) => s.kind === 'charter').length,
    hasOrg: reported.some((s) => s.kind === 'org'),
  };
}

/** The file standard input stands for: `org.yaml` at the top of the charters directory is the organization. */
function stdinFile(given: { filename: string; bytes: Uint8Array }, cwd: string, config: CharterConfig): StdinFile {
  const abs = path.resolve(cwd, given.filename);
  if (!/\.ya?ml$/i.test(abs)) throw new UserError(`--stdin-filename ${given.filename}: a charter file name ends in .yaml or .yml`);
  const isOrg = /^org\.ya?ml$/i.test(path.basename(abs)) && path.dirname(abs) === config.chartersDir;
  return { path: abs, kind: isOrg ? 'org' : 'charter', bytes: given.bytes };
}

/** With no path given: the charters directory must exist, and the message says where it was looked for. */
async function checkChartersDir(config: CharterConfig, cwd: string, command = 'lint'): Promise<void> {
  try {
    await fs.stat(config.chartersDir);
  } catch {
    const shown = toDisplayPath(config.chartersDir, cwd);
    throw new UserError(
      config.chartersFromConfig
        ? `no "${shown}" directory, where "charters" in ${config.displayPath} says the charters are; fix that path, or run charter ${command} <directory>`
        : `no "${DEFAULT_CHARTERS_DIR}" directory here; run charter ${command} <directory>, or start one with charter new <id>`,
    );
  }
}
