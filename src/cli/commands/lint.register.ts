import { Option } from 'commander';
import type { RegisterCommand } from './register.js';

/** `charter lint`'s options as commander parses them. */
export interface LintOptionsFromCli {
  format: 'stylish' | 'json';
  maxWarnings?: string;
  quiet?: boolean;
}

/** `charter lint [paths...]`. */
export const registerLint: RegisterCommand = (program, io, setExitCode) => {
  program
    .command('lint')
    .description('check charters against the file format and the charter practice')
    .argument('[paths...]', 'charter directories or files (default: charters)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json']).default('stylish'))
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings')
    .option('--quiet', 'report errors only')
    .action(async (paths: string[], options: LintOptionsFromCli) => {
      const { runLint } = await import('./lint.js');
      setExitCode(await runLint(paths, options, io));
    });
};
