import { Option } from 'commander';
import { DEPS_FORMATS } from '../../deps/format/index.js';
import { ROW_STATUSES } from '../../deps/status.js';
import type { RegisterCommand } from './register.js';
import type { DepsOptionsFromCli } from './deps.js';

/** `charter deps [paths...]`: the dependency view of the org. */
export const registerDeps: RegisterCommand = (program, io, setExitCode) => {
  program
    .command('deps')
    .description("show who expects what of whom, and whether the team depended on has taken it into its own activities")
    .argument('[paths...]', 'charter directories or files (default: the charters directory of charter.config.yaml, else charters)')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(DEPS_FORMATS)
        .default('table'),
    )
    .option('--function <id>', "only this function's dependencies and the ones on it (a department id: all of its functions)")
    .addOption(
      new Option('--status <status>', 'only dependencies with this status').choices(ROW_STATUSES),
    )
    .option('--implicit', "add org.yaml's implicitProviders: teams every function relies on without listing them")
    .action(async (paths: string[], options: DepsOptionsFromCli) => {
      const { runDeps } = await import('./deps.js');
      setExitCode(await runDeps(paths, options, io));
    });
};
