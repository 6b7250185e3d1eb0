import { Option } from 'commander';
import { FORMATS } from '../../format/index.js';
import type { RegisterCommand } from './register.js';
import type { LintOptionsFromCli } from './lint.js';

/** `charter lint [paths...]`. */
export const registerLint: RegisterCommand = (program, io, setExitCode) => {
  program
    .command('lint')
    .description('check charters against the file format and the charter practice')
    .argument('[paths...]', 'charter directories, files or quoted glob patterns; - for standard input (default: the charters directory of charter.config.yaml, else charters)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('stylish'))
    .option('-c, --config <file>', 'configuration file (default: the nearest charter.config.yaml, up to the repository root)')
    .option('--no-inline-config', 'ignore # charter-disable comments in charters')
    .option('-o, --output-file <path>', 'write the report to a file and print only a one-line summary')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings')
    .option('--quiet', 'report errors only')
    .option('--cache', 'reuse the findings of the last run when no charter, nor the configuration, has changed')
    .option('--cache-location <path>', 'cache file, or directory to hold it (default: .charter-cache; implies --cache)')
    .option('--suppress-all', 'accept every problem found now: write their counts per file and rule to charter-suppressions.json')
    .option('--suppress-rule <id>', "accept the problems of this rule found now (repeat for more rules)", (id: string, ids: string[] = []) => [...ids, id])
    .option('--prune-suppressions', 'remove from charter-suppressions.json what no longer matches a problem')
    .option('--since <revision>', 'report only problems that the charters at this git revision did not have')
    .option('--stdin-filename <path>', 'with the path -, lint standard input as this file, among the other charters (for editors)')
    .option('--color', 'colour the report even when not in a terminal')
    .option('--no-color', 'never colour the report')
    .action(async (paths: string[], options: LintOptionsFromCli) => {
      const { lintCommand } = await import('./lint.js');
      setExitCode(await lintCommand(paths, options, io));
    });
};
