import type { RegisterCommand } from './register.js';
import type { SchemaOptionsFromCli } from './schema.js';

/** `charter schema [--out <dir>]`: writes the JSON Schemas that editors use for completion and checks. */
export const registerSchema: RegisterCommand = (program, io, setExitCode) => {
  program
    .command('schema')
    .description('write the JSON Schemas of charters, org.yaml and charter.config.yaml, for editors (completion, hover help, checks as you type)')
    .option('-o, --out <dir>', 'directory to write the schemas to', 'schemas')
    .action(async (options: SchemaOptionsFromCli) => {
      const { runSchema } = await import('./schema.js');
      setExitCode(await runSchema(options, io));
    });
};
