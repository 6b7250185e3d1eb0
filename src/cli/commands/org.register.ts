import { Option } from 'commander';
import type { RegisterCommand } from './register.js';

/** `charter org`'s options as commander parses them. */
export interface OrgOptionsFromCli {
  format: 'tree' | 'json' | 'mermaid' | 'dot';
  config?: string;
}

/** `charter org [paths...]`: the org chart. */
export const registerOrg: RegisterCommand = (program, io, setExitCode) => {
  program
    .command('org')
    .description('draw the org chart: the reporting line, the departments each leader leads, their functions, and headcount at every level')
    .argument('[paths...]', 'charter directories or files (default: charters)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['tree', 'json', 'mermaid', 'dot']).default('tree'))
    .option('-c, --config <file>', 'configuration file (default charter.config.yaml in the working directory)')
    .action(async (paths: string[], options: OrgOptionsFromCli) => {
      const { runOrg } = await import('./org.js');
      setExitCode(await runOrg(paths, options, io));
    });
};
