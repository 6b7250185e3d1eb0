import { Option } from 'commander';
import { DIFF_FORMATS } from '../../diff/format/index.js';
import type { DiffOptionsFromCli } from './diff.js';
import type { RegisterCommand } from './register.js';

/** `charter diff <base> [head]`: what a change does to the organization. */
export const registerDiff: RegisterCommand = (program, io, setExitCode) => {
  program
    .command('diff')
    .description('show what a change does to the organization: functions, dependencies, and problems introduced or fixed')
    .argument('<base>', 'a git revision (branch, tag, commit), or a charters directory')
    .argument('[head]', 'a git revision, or a second charters directory (default: the working tree)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(DIFF_FORMATS).default('stylish'))
    .option('-c, --config <file>', 'configuration file (default: charter.config.yaml in the working directory, as it is at each revision)')
    .option('--no-inline-config', 'ignore # charter-disable comments in charters')
    .option('--fail-on-new-errors', 'exit 1 when the head has errors that the base did not have')
    .action(async (base: string, head: string | undefined, options: DiffOptionsFromCli) => {
      const { diffCommand } = await import('./diff.js');
      setExitCode(await diffCommand(base, head, options, io));
    });
};
