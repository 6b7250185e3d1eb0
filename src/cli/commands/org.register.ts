import { Option } from 'commander';
import { ORG_FORMATS } from '../../org/format/index.js';
import type { RegisterCommand } from './register.js';
import type { OrgOptionsFromCli } from './org.js';

/** `charter org [paths...]`: the org chart. */
export const registerOrg: RegisterCommand = (program, io, setExitCode) => {
  program
    .command('org')
    .description('draw the org chart: the reporting line, the departments each leader leads, their functions, and headcount at every level')
    .argument('[paths...]', 'charter directories or files (default: the charters directory of charter.config.yaml, else charters)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(ORG_FORMATS).default('tree'))
    .option('-c, --config <file>', 'configuration file (default charter.config.yaml in the working directory)')
    .action(async (paths: string[], options: OrgOptionsFromCli) => {
      const { runOrg } = await import('./org.js');
      setExitCode(await runOrg(paths, options, io));
    });
};
