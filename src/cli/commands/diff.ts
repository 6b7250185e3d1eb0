import { promises as fs } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../config/load.js';
import { compareOrgs, type DiffSide } from '../../diff/compare.js';
import { loadDiffFormatter, type DiffFormatName } from '../../diff/format/index.js';
import { WORKING_TREE } from '../../diff/types.js';
import { UserError } from '../../errors.js';
import { lintRevision } from '../../lint/at-revision.js';
import { runLint } from '../../lint/run.js';
import { toDisplayPath } from '../../load/parse.js';
import { fromSources } from '../../project/load.js';
import { ExitCode } from '../exit-codes.js';
import { wantsColor, type CliIO } from '../io.js';


/** `charter diff`'s options as commander parses them. */
export interface DiffOptionsFromCli {
  format: DiffFormatName;
  config?: string;
  /** False with `--no-inline-config`. */
  inlineConfig?: boolean;
  failOnNewErrors?: boolean;
}

/**
 * `charter diff <base> [head]`: lints both sides (each one `runLint`), compares the
 * two results, and prints the comparison. Two revisions (head: the working tree by
 * default), or two directories. Exits 0, or 1 with `--fail-on-new-errors` when the
 * head has errors the base did not have.
 */
export async function diffCommand(base: string, head: string | undefined, options: DiffOptionsFromCli, io: CliIO): Promise<ExitCode> {
  const inlineConfig = options.inlineConfig !== false;
  const baseIsDir = await isDirectory(io.cwd, base);
  const headIsDir = head !== undefined && (await isDirectory(io.cwd, head));
  let sides: [DiffSide, DiffSide];
  if (baseIsDir || headIsDir) {
    if (head === undefined) {
      throw new UserError(`${base} is a directory: give the directory to compare it with (charter diff <old-dir> <new-dir>), or give a git revision`);
    }
    if (!baseIsDir || !headIsDir) {
      const other = baseIsDir ? head : base;
      throw new UserError(`${other}: no such directory; compare two charters directories, or two git revisions`);
    }
    const config = await loadConfig(io.cwd, options.config);
    const side = async (dir: string): Promise<DiffSide> => {
      const result = await runLint({ cwd: io.cwd, paths: [dir], config, inlineConfig, command: 'diff', bulkSuppressions: false });
      return { label: dir, model: result.model, findings: result.findings, filePrefix: `${toDisplayPath(path.resolve(io.cwd, dir), io.cwd)}/` };
    };
    sides = [await side(base), await side(head)];
  } else {
    const revision = async (rev: string): Promise<DiffSide> => {
      const result = await lintRevision({ cwd: io.cwd, revision: rev, inlineConfig, command: 'diff', ...(options.config !== undefined ? { configFile: options.config } : {}) });
      return { label: rev, model: result.model, findings: result.findings };
    };
    const baseSide = await revision(base);
    sides = [baseSide, head === undefined ? await workingTree(io.cwd, options.config, inlineConfig) : await revision(head)];
  }
  const diff = compareOrgs(...sides);
  const formatter = await loadDiffFormatter(options.format);
  io.stdout.write(formatter(diff, { color: options.format === 'stylish' && wantsColor(io.stdout, io.env), width: io.stdout.columns }));
  if (options.failOnNewErrors === true && diff.findings.introduced.some((f) => f.severity === 'error')) return ExitCode.Findings;
  return ExitCode.Ok;
}

/** The working tree as a side; with no charters directory, an empty organization (every function removed). */
async function workingTree(cwd: string, configFile: string | undefined, inlineConfig: boolean): Promise<DiffSide> {
  const config = await loadConfig(cwd, configFile);
  if (!(await isDirectory(cwd, config.chartersDir))) return { label: WORKING_TREE, model: fromSources([]).model, findings: [] };
  const result = await runLint({ cwd, config, inlineConfig, command: 'diff', bulkSuppressions: false });
  return { label: WORKING_TREE, model: result.model, findings: result.findings };
}

async function isDirectory(cwd: string, given: string): Promise<boolean> {
  try {
    return (await fs.stat(path.resolve(cwd, given))).isDirectory();
  } catch {
    return false;
  }
}
