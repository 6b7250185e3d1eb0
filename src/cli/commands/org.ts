import { runLint } from '../../lint/run.js';
import type { CheckedFile } from '../../model/model.js';
import { buildOrgChart } from '../../org/chart.js';
import { loadOrgFormatter, type OrgFormatName } from '../../org/format/index.js';
import { ExitCode } from '../exit-codes.js';
import type { CliIO } from '../io.js';

/** `charter org`'s options as commander parses them. */
export interface OrgOptionsFromCli {
  format: OrgFormatName;
  config?: string;
}

/** Widest tree drawn, even in a wider terminal: it stays easy to read. */
const MAX_WIDTH = 100;
/** Width of the tree when the output is not a terminal. */
const DEFAULT_WIDTH = 80;
/** Broken files named one by one in the note; more are counted. */
const NOTE_NAMES = 3;

/**
 * `charter org`: a view, not a check. It exits 0 whatever the findings, draws what
 * it can of an org with broken files (with a note on stderr), and exits 2 only when
 * it cannot read what it was given.
 */
export async function runOrg(paths: string[], options: OrgOptionsFromCli, io: CliIO): Promise<ExitCode> {
  const { model } = await runLint({ cwd: io.cwd, paths, ...(options.config === undefined ? {} : { configFile: options.config }), command: 'org' });
  const note = brokenFilesNote(model.files);
  if (note !== undefined) io.stderr.write(`charter: ${note}\n`);
  const formatter = await loadOrgFormatter(options.format);
  const width = Math.min(MAX_WIDTH, Math.max(40, io.stdout.columns ?? DEFAULT_WIDTH));
  io.stdout.write(formatter(buildOrgChart(model), { width }));
  return ExitCode.Ok;
}

/** One line naming the files that could not be read in full, or undefined when all were. */
function brokenFilesNote(files: readonly CheckedFile[]): string | undefined {
  const broken = files.filter((f) => f.source.syntaxProblems.length > 0 || f.schemaIssues.length > 0).map((f) => f.source.displayPath);
  if (broken.length === 0) return undefined;
  const named = broken.slice(0, NOTE_NAMES);
  if (broken.length > NOTE_NAMES) named.push(`${broken.length - NOTE_NAMES} more`);
  const list = named.length === 1 ? named[0]! : `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]!}`;
  return `${list} ${broken.length === 1 ? 'has' : 'have'} problems, so part of the organization may be missing here; run charter lint to see and fix them`;
}
