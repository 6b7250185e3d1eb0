import { Option } from 'commander';
import type { BookOptionsFromCli } from './book.js';
import type { RegisterCommand } from './register.js';

/** `charter book [paths...]`: the charters as a static site (or one Markdown document). */
export const registerBook: RegisterCommand = (program, io, setExitCode) => {
  program
    .command('book')
    .description('write the charters as a static site for leadership, new hires and partner teams (or one Markdown document)')
    .argument('[paths...]', 'charter directories or files (default: the charters directory of charter.config.yaml, else charters)')
    .option('-o, --out <path>', 'where to write: a directory for html (default charter-book), a file for markdown (default: standard output)')
    .addOption(new Option('-f, --format <format>', 'html: a site of linked pages; markdown: one document').choices(['html', 'markdown']).default('html'))
    .option('--force', 'write into --out even when it holds files that are not from an earlier book')
    .option('-c, --config <file>', 'configuration file (default charter.config.yaml)')
    .option('--no-inline-config', 'ignore # charter-disable comments')
    .action(async (paths: string[], options: BookOptionsFromCli) => {
      const { runBook } = await import('./book.js');
      setExitCode(await runBook(paths, options, io));
    });
};
