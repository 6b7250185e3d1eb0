import type { InitOptionsFromCli } from './init.js';
import type { RegisterCommand } from './register.js';

/** `charter init [dir]`: starts a charter repository. */
export const registerInit: RegisterCommand = (program, io, setExitCode) => {
  program
    .command('init')
    .description('start a charter repository: charters/org.yaml, a first charter, charter.config.yaml, and optionally CI and pre-commit')
    .argument('[dir]', 'the repository to start in', '.')
    .option('--name <name>', 'the organization\'s name, e.g. "Acme Customer Success"')
    .option('--sponsor <role>', 'the executive sponsor, e.g. "Chief Customer Officer"')
    .option('--need <need>', 'a need of your customers, in their words (repeat for each)', (value: string, previous: string[] = []) => [...previous, value])
    .option('--charters <dir>', 'the charters directory, relative to dir', 'charters')
    .option('--github', 'add .github/workflows/charters.yml: lints pull requests (annotations and code scanning)')
    .option('--pre-commit', 'add .pre-commit-config.yaml with a hook that lints changed charters')
    .addHelpText(
      'after',
      '\nIn a terminal, a missing --name, --sponsor or --need is asked for; otherwise\nTODO placeholders are written. A file that exists is kept, never overwritten.',
    )
    .action(async (dir: string, options: InitOptionsFromCli) => {
      const { runInit } = await import('./init.js');
      setExitCode(await runInit(dir, options, io));
    });
};
