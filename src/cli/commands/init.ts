import { promises as fs } from 'node:fs';
import path from 'node:path';
import { today } from '../../clock/today.js';
import { UserError } from '../../errors.js';
import { configText, orgText, preCommitText, seatsFor, workflowText, type InitAnswers } from '../../scaffold/repository.js';
import { describeFsError } from '../../load/discover.js';
import { toDisplayPath } from '../../load/parse.js';
import { newCharterText } from '../../scaffold/charter.js';
import { modelineSchemaPath } from '../../scaffold/modeline.js';
import { PromptCancelled, terminalPrompt, type Ask } from '../../scaffold/prompt.js';
import { createExclusive, TargetExistsError } from '../../files/write.js';
import { ExitCode } from '../exit-codes.js';
import type { CliIO } from '../io.js';

/** `charter init`'s options as commander parses them. */
export interface InitOptionsFromCli {
  name?: string;
  sponsor?: string;
  need?: string[];
  charters: string;
  github?: boolean;
  preCommit?: boolean;
}

/** A file `charter init` would write. */
interface Planned {
  file: string;
  text: string;
}

/**
 * `charter init [dir]`: writes the files a charter repository starts from. In a
 * terminal, what the flags leave out is asked for (`ask` replaces the terminal in
 * tests); otherwise it becomes a TODO. A file that exists is kept, never overwritten,
 * and the charters are written only into a charters directory that holds none yet.
 */
export async function runInit(dirArg: string, options: InitOptionsFromCli, io: CliIO, ask?: Ask): Promise<ExitCode> {
  const root = path.resolve(io.cwd, dirArg);
  const chartersRel = options.charters.replace(/\\/g, '/').replace(/\/+$/, '');
  if (chartersRel === '' || path.isAbsolute(chartersRel) || chartersRel.split('/').includes('..')) {
    throw new UserError(`--charters ${options.charters}: give a directory inside the repository, such as charters`);
  }
  const chartersDir = path.join(root, chartersRel);
  const hasCharters = await holdsYaml(chartersDir);

  const answers: InitAnswers = { name: given(options.name), sponsor: given(options.sponsor), needs: (options.need ?? []).map((n) => n.trim()).filter((n) => n !== '') };
  if (!hasCharters && (ask !== undefined || io.stdinIsTTY)) await askFor(answers, options, io, ask);

  const planned: Planned[] = [{ file: path.join(root, 'charter.config.yaml'), text: configText(chartersRel, modelineSchemaPath(root, 'config.schema.json')) }];
  if (!hasCharters) {
    const seats = seatsFor(answers.needs);
    planned.push({ file: path.join(chartersDir, 'org.yaml'), text: orgText(answers, seats, modelineSchemaPath(chartersDir, 'org.schema.json')) });
    for (const seat of seats) {
      const text = newCharterText({ id: seat.functionId, department: seat.departmentId, reviewed: today(io.env), schemaPath: modelineSchemaPath(chartersDir) });
      planned.push({ file: path.join(chartersDir, `${seat.functionId}.yaml`), text });
    }
  }
  if (options.github === true) planned.push({ file: path.join(root, '.github', 'workflows', 'charters.yml'), text: workflowText(chartersRel) });
  if (options.preCommit === true) planned.push({ file: path.join(root, '.pre-commit-config.yaml'), text: preCommitText(chartersRel) });

  const shown = (file: string): string => toDisplayPath(file, io.cwd);
  if (hasCharters) io.stdout.write(`Kept ${shown(chartersDir)}/ as it is: it already holds charters\n`);
  for (const { file, text } of planned) {
    try {
      await fs.mkdir(path.dirname(file), { recursive: true });
      await createExclusive(file, text);
      io.stdout.write(`Created ${shown(file)}\n`);
    } catch (err) {
      if (err instanceof TargetExistsError) {
        io.stdout.write(`Kept ${shown(file)}: it already exists (charter init never overwrites a file)\n`);
        continue;
      }
      throw new UserError(`cannot write ${shown(file)} (${describeFsError(err, 'write error')})`);
    }
  }
  const here = path.resolve(io.cwd) === root ? '' : ` (in ${shown(root)})`;
  io.stdout.write(
    [
      `Next${here}:`,
      `  1. Replace each TODO in ${chartersRel}/ (charter lint lists them).`,
      '  2. Add a charter for each function: charter new <id>',
      ...(options.preCommit === true ? ['  3. Lint each commit: pre-commit install'] : []),
      '',
    ].join('\n'),
  );
  return ExitCode.Ok;
}

async function askFor(answers: InitAnswers, options: InitOptionsFromCli, io: CliIO, ask: Ask | undefined): Promise<void> {
  const prompt = ask === undefined ? terminalPrompt() : undefined;
  const question = ask ?? prompt!.ask;
  try {
    answers.name ??= given(await question('Name of your organization (Enter for a TODO): '));
    answers.sponsor ??= given(await question('Executive sponsor, e.g. Chief Customer Officer (Enter for a TODO): '));
    if (options.need === undefined) {
      io.stdout.write('What do your customers need from you? One need a line; an empty line ends.\n');
      for (;;) {
        const need = given(await question(`Need ${answers.needs.length + 1}: `));
        if (need === undefined) break;
        answers.needs.push(need);
      }
    }
  } catch (err) {
    if (err instanceof PromptCancelled) throw new UserError('cancelled; nothing was written');
    throw err;
  } finally {
    prompt?.close();
  }
}

/** True when `dir` holds a .yaml or .yml file (a charter or org.yaml). */
async function holdsYaml(dir: string): Promise<boolean> {
  try {
    return (await fs.readdir(dir)).some((name) => /\.ya?ml$/i.test(name));
  } catch {
    return false;
  }
}

/** A value given on the command line or at a prompt; blank is not given. */
function given(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}
