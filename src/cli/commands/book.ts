import { promises as fs } from 'node:fs';
import path from 'node:path';
import { buildBook } from '../../book/build.js';
import { bookMarkdown, MARKDOWN_MARK } from '../../book/markdown.js';
import { writeBook } from '../../book/write.js';
import { writeAtomic } from '../../files/write.js';
import { UserError } from '../../errors.js';
import { runLint } from '../../lint/run.js';
import { toDisplayPath } from '../../load/parse.js';
import { ExitCode } from '../exit-codes.js';
import type { CliIO } from '../io.js';
import { packageVersion } from '../../version.js';

/** `charter book`'s options as commander parses them. */
export interface BookOptionsFromCli {
  out?: string;
  format: 'html' | 'markdown';
  force?: boolean;
  config?: string;
  inlineConfig?: boolean;
}

/** Where the site goes when --out is not given. */
export const DEFAULT_BOOK_DIR = 'charter-book';

/**
 * `charter book`: one lint run, then the book of its model and findings. Exit 0 when
 * the book was written, whatever the findings (they are in it); 2 (a UserError) when
 * it could not be.
 */
export async function runBook(paths: string[], options: BookOptionsFromCli, io: CliIO): Promise<ExitCode> {
  const result = await runLint({
    cwd: io.cwd,
    paths,
    ...(options.config !== undefined ? { configFile: options.config } : {}),
    inlineConfig: options.inlineConfig !== false,
    command: 'book',
  });

  if (options.format === 'markdown') {
    const doc = `${MARKDOWN_MARK}\n${bookMarkdown(result)}`;
    if (options.out === undefined) {
      io.stdout.write(doc);
      return ExitCode.Ok;
    }
    const file = path.resolve(io.cwd, options.out);
    await checkMarkdownOut(file, options.out, options.force === true);
    try {
      await fs.mkdir(path.dirname(file), { recursive: true });
      await writeAtomic(file, doc);
    } catch (err) {
      throw new UserError(`could not write "${options.out}": ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    io.stdout.write(`Wrote ${options.out}.\n`);
    return ExitCode.Ok;
  }

  const out = path.resolve(io.cwd, options.out ?? DEFAULT_BOOK_DIR);
  const shown = toDisplayPath(out, io.cwd);
  const files = await buildBook(result, packageVersion());
  await writeBook(files, out, shown, options.force === true);
  const functions = result.model.functionById.size;
  io.stdout.write(
    `Wrote ${shown}/ (${functions} ${functions === 1 ? 'function' : 'functions'}, ${files.size - 1} pages); open ${shown}/index.html\n`,
  );
  return ExitCode.Ok;
}

/** A Markdown --out may be new, or a book written earlier; anything else only with --force. */
async function checkMarkdownOut(file: string, shown: string, force: boolean): Promise<void> {
  let text: string;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new UserError(`--out "${shown}" is a directory; with --format markdown, name a file`);
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    if (err instanceof UserError) throw err;
    return;
  }
  if (!force && !text.startsWith(MARKDOWN_MARK)) {
    throw new UserError(`--out "${shown}" exists and is not a book charter wrote; choose another file, or add --force to replace it`);
  }
}
