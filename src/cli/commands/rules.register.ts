import { Option } from 'commander';
import type { RegisterCommand } from './register.js';
import type { RulesOptionsFromCli } from './rules.js';

/** `charter rules`: every lint rule, as the configuration sets it. */
export const registerRules: RegisterCommand = (program, io, setExitCode) => {
  program
    .command('rules')
    .description('list every lint rule with its severity (as charter.config.yaml sets it), options and what it reports')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('-c, --config <file>', 'configuration file (default: charter.config.yaml in the working directory)')
    .action(async (options: RulesOptionsFromCli) => {
      const { runRules } = await import('./rules.js');
      setExitCode(await runRules(options, io));
    });
};
