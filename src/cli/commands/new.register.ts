import { DEFAULT_CHARTERS_DIR } from '../../config/defaults.js';
import type { RegisterCommand } from './register.js';
import type { NewOptionsFromCli } from './new.js';

/** `charter new <id>`: starts a charter with every section, ready to fill in. */
export const registerNew: RegisterCommand = (program, io, setExitCode) => {
  program
    .command('new')
    .description('start a new function charter with all six sections, a comment on each, and TODOs to fill in')
    .argument('<id>', 'the function\'s id, in kebab-case (e.g. renewals); the file is <dir>/<id>.yaml')
    .option('--name <name>', 'the function\'s name, e.g. "Client Outcomes CSMs"')
    .option('--department <id>', 'the department it belongs to (one of org.yaml\'s departments when there is one)')
    .option('--owner <role>', 'the accountable role, e.g. "VP of Client Outcomes"')
    .option('--kind <kind>', 'what kind of function it is: csm, scaled-csm, digital, renewals, support, professional-services, implementation, education, operations, enablement, product-success or other')
    .option('--headcount <n>', 'how many people work in the function today')
    .option('--mission <sentence>', 'one sentence: the need of the customer this function answers')
    .option('--dir <dir>', 'the charters directory', DEFAULT_CHARTERS_DIR)
    .addHelpText(
      'after',
      '\nIn a terminal, a missing --name, --department, --kind, --headcount or --mission is asked for.\n"reviewed:" is set to today (CHARTER_TODAY when set). The file is never overwritten: an\nexisting one is refused.',
    )
    .action(async (id: string, options: NewOptionsFromCli) => {
      const { runNew } = await import('./new.js');
      setExitCode(await runNew(id, options, io));
    });
};
