import { focusIds, filterRows, resolveFocus, type Focus } from '../../deps/filter.js';
import { loadDepsFormatter, type DepsFormatName } from '../../deps/format/index.js';
import { dependencyView, type RowStatus } from '../../deps/rows.js';
import { runLint } from '../../lint/run.js';
import type { CheckedFile } from '../../model/model.js';
import { printableView } from '../../deps/printable-view.js';
import { printable } from '../../text/printable.js';
import { didYouMean } from '../../text/suggest.js';
import { UserError } from '../../errors.js';
import { ExitCode } from '../exit-codes.js';
import { wantsColor, type CliIO } from '../io.js';

/** `charter deps`'s options as commander parses them. */
export interface DepsOptionsFromCli {
  format: DepsFormatName;
  function?: string;
  status?: RowStatus;
  implicit?: boolean;
}

/** Terminal width assumed when the output is not a terminal. */
const DEFAULT_WIDTH = 100;

/** Broken files named one by one in the note; more are counted. */
const NOTE_NAMES = 3;

/**
 * `charter deps`: a view, not a check. It exits 0 whatever the dependencies'
 * statuses, shows what it can of an org with broken files (with a note on stderr),
 * and exits 2 only when it cannot read what it was given. It reads the org model of
 * the one lint run (the charters directory of charter.config.yaml by default).
 */
export async function runDeps(paths: string[], options: DepsOptionsFromCli, io: CliIO): Promise<ExitCode> {
  const { model, targets, named } = await runLint({ cwd: io.cwd, paths, command: 'deps' });
  let view = dependencyView(model, { implicit: options.implicit === true || options.status === 'implicit' });
  if (named !== undefined) {
    // Files named inside the charters directory: their dependencies, with statuses as the whole directory has them.
    const shownFunctions = new Set(model.functions.filter((fn) => named.has(fn.file.source.displayPath)).map((fn) => fn.id));
    view = { ...view, rows: view.rows.filter((row) => shownFunctions.has(row.from)) };
  }

  let focus: Focus | undefined;
  if (options.function !== undefined) {
    focus = resolveFocus(view, options.function);
    if (focus === undefined) {
      throw new UserError(
        `--function: no function, department or external team "${options.function}" in ${targets.join(', ')}${didYouMean(options.function, focusIds(view))}`,
      );
    }
  }

  const note = brokenFilesNote(model.files);
  if (note !== undefined) io.stderr.write(`charter: ${note}\n`);

  const shown = filterRows(view, { focus, status: options.status });
  const formatter = await loadDepsFormatter(options.format);
  io.stdout.write(
    // Text from the charters is escaped for printing; json keeps the data (its own escapes suffice),
    // the table and markdown keep line breaks (a table frames each line; markdown joins them).
    formatter(options.format === 'json' ? shown : printableView(shown, options.format === 'table' ? '\n' : options.format === 'markdown' ? '\r\n' : ''), {
      color: options.format === 'table' && wantsColor(io.stdout, io.env),
      width: io.stdout.columns ?? DEFAULT_WIDTH,
      emptyMessage: emptyMessage(view.rows.length, options),
    }),
  );
  return ExitCode.Ok;
}

/** One line naming the files that could not be read in full, or undefined when all were. */
export function brokenFilesNote(files: readonly CheckedFile[]): string | undefined {
  const broken = files.filter((f) => f.source.syntaxProblems.length > 0 || f.schemaIssues.length > 0).map((f) => printable(f.source.displayPath));
  if (broken.length === 0) return undefined;
  const named = broken.slice(0, NOTE_NAMES);
  if (broken.length > NOTE_NAMES) named.push(`${broken.length - NOTE_NAMES} more`);
  const list = named.length === 1 ? named[0]! : `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]!}`;
  const subject = broken.length === 1 ? `${list} has problems` : `${list} have problems`;
  return `${subject}, so some dependencies may be missing or incomplete here; run charter lint to see and fix them`;
}

function emptyMessage(total: number, options: DepsOptionsFromCli): string {
  if (total === 0) return 'No dependencies: no charter lists one.';
  const asked = [
    ...(options.function === undefined ? [] : [`--function ${options.function}`]),
    ...(options.status === undefined ? [] : [`--status ${options.status}`]),
  ];
  return `No dependencies match ${asked.join(' ')} (${total} in all).`;
}
