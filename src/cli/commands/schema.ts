import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describeFsError } from '../../load/discover.js';
import { writeAtomic } from '../../files/write.js';
import { toDisplayPath } from '../../load/parse.js';
import { configSchema } from '../../config/schema.js';
import { charterSchema } from '../../schema/charter.js';
import { schemaFileText, toEditorSchema, type SchemaFile } from '../../schema/json-schema.js';
import { orgSchema } from '../../schema/org.js';
import { UserError } from '../../errors.js';
import { ExitCode } from '../exit-codes.js';
import type { CliIO } from '../io.js';
import { printable } from '../../text/printable.js';

/** `charter schema`'s options as commander parses them. */
export interface SchemaOptionsFromCli {
  out: string;
}

/**
 * The JSON Schemas for editors, generated from the zod schemas: one entry a file.
 * To ship another, add one line here.
 */
export function jsonSchemaFiles(): SchemaFile[] {
  return [
    { fileName: 'charter.schema.json', schema: toEditorSchema(charterSchema, { exclusive: [['costMetrics', 'costExemption']] }) },
    { fileName: 'org.schema.json', schema: toEditorSchema(orgSchema) },
    { fileName: 'config.schema.json', schema: toEditorSchema(configSchema) },
  ];
}

/**
 * `charter schema`: writes each generated schema to `--out`, through a temporary file
 * and a rename, so that a file is never left half-written. Only the schema files are
 * touched; one already up to date is left as it is.
 */
export async function runSchema(options: SchemaOptionsFromCli, io: CliIO): Promise<ExitCode> {
  const dir = path.resolve(io.cwd, options.out);
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'EEXIST' ? 'a file of that name is in the way' : describeFsError(err, 'write error');
    throw new UserError(`cannot create the directory ${options.out} (${reason}); choose another with --out <dir>`);
  }
  for (const { fileName, schema } of jsonSchemaFiles()) {
    const target = path.join(dir, fileName);
    const shown = toDisplayPath(target, io.cwd);
    const text = schemaFileText(schema);
    if ((await readIfExists(target)) === text) {
      io.stdout.write(`${printable(shown)} is up to date\n`);
      continue;
    }
    await writeReplacing(target, text, shown);
    io.stdout.write(`Wrote ${printable(shown)}\n`);
  }
  return ExitCode.Ok;
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Replaces `target` with `text` atomically; a failure is a UserError that names the file. */
async function writeReplacing(target: string, text: string, shown: string): Promise<void> {
  try {
    await writeAtomic(target, text);
  } catch (err) {
    throw new UserError(`cannot write ${shown} (${describeFsError(err, 'write error')}); choose another directory with --out <dir>`);
  }
}
