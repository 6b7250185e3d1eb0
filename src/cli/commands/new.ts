import { DEFAULT_CHARTERS_DIR } from '../../config/defaults.js';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describeFsError, discoverFiles } from '../../load/discover.js';
import { toDisplayPath } from '../../load/parse.js';
import type { OrgModel } from '../../model/model.js';
import { runLint } from '../../lint/run.js';
import { newCharterText } from '../../scaffold/charter.js';
import { modelineSchemaPath } from '../../scaffold/modeline.js';
import { PromptCancelled, terminalPrompt, type Ask } from '../../scaffold/prompt.js';
import { createExclusive, TargetExistsError } from '../../files/write.js';
import { today } from '../../clock/today.js';
import { FUNCTION_KINDS, type FunctionKind } from '../../schema/charter.js';
import { ID_PATTERN } from '../../schema/common.js';
import { suggestedId, toKebab } from '../../text/kebab.js';
import { quote } from '../../text/quote.js';
import { didYouMean } from '../../text/suggest.js';
import { UserError } from '../../errors.js';
import { ExitCode } from '../exit-codes.js';
import type { CliIO } from '../io.js';
import { printable } from '../../text/printable.js';

/** `charter new`'s options as commander parses them. */
export interface NewOptionsFromCli {
  name?: string;
  department?: string;
  owner?: string;
  kind?: string;
  headcount?: string;
  mission?: string;
  dir: string;
}

/** Wrong answers to the department, kind or headcount question before giving up. */
const DEPARTMENT_TRIES = 3;

/** What the charters directory already holds, as far as a new charter is concerned. */
interface Existing {
  /** Display path of org.yaml when it is there and usable. */
  orgFile: string | undefined;
  /** Known departments, in declaration order, with their names when org.yaml gives them. */
  departments: { id: string; name: string | undefined }[];
  /** Function ids already taken, with the file that takes each. */
  functions: Map<string, string>;
}

/**
 * `charter new <id>`: writes `<dir>/<id>.yaml`, never over an existing file. Every
 * refusal exits 2 with what is wrong and what to do, and writes nothing. In a
 * terminal, a missing name, department or mission is asked for (`ask` replaces the
 * terminal in tests); never when standard input is not a terminal.
 */
export async function runNew(id: string, options: NewOptionsFromCli, io: CliIO, ask?: Ask): Promise<ExitCode> {
  checkId(id);
  const dir = path.resolve(io.cwd, options.dir);
  const shownDir = toDisplayPath(dir, io.cwd);
  const target = path.join(dir, `${id}.yaml`);
  const shownTarget = toDisplayPath(target, io.cwd);
  const existing = await readExisting(dir, shownDir, io.cwd);

  const taken = existing.functions.get(id) ?? (await existingSibling(dir, id, io.cwd));
  if (taken !== undefined) {
    throw new UserError(
      taken === shownTarget
        ? `${shownTarget} already exists; nothing was written (charter new never overwrites a file): choose another id, or edit that file`
        : `a charter with id "${id}" already exists (${taken}); ids are unique: choose another id`,
    );
  }

  let department = options.department === undefined ? undefined : checkDepartment(options.department.trim(), existing);
  let name = given(options.name);
  let mission = given(options.mission);
  const owner = given(options.owner);
  let kind = options.kind === undefined ? undefined : checkKind(options.kind.trim());
  let headcount = options.headcount === undefined ? undefined : checkHeadcount(options.headcount.trim());
  // Kind and headcount are optional: asked for in a terminal, left out when blank.
  let askKind = kind === undefined;
  let askHeadcount = headcount === undefined;

  const needsAsking = department === undefined || name === undefined || mission === undefined || askKind || askHeadcount;
  if (needsAsking && (ask !== undefined || io.stdinIsTTY)) {
    const prompt = ask === undefined ? terminalPrompt() : undefined;
    const question = ask ?? prompt!.ask;
    try {
      name ??= given(await question('Name of the function (Enter to leave a TODO): '));
      department ??= await askDepartment(question, existing, io);
      if (askKind) kind = await askUntilValid(question, KIND_QUESTION, checkKind, io);
      if (askHeadcount) headcount = await askUntilValid(question, HEADCOUNT_QUESTION, checkHeadcount, io);
      askKind = askHeadcount = false;
      mission ??= given(await question('Mission: one sentence on the customer need it answers (Enter for a TODO): '));
    } catch (err) {
      if (err instanceof PromptCancelled) throw new UserError('cancelled; nothing was written');
      throw err;
    } finally {
      prompt?.close();
    }
  }
  if (department === undefined) {
    throw new UserError(`charter new needs --department <id> when it cannot ask (standard input is not a terminal); ${departmentsHint(existing)}`);
  }

  const text = newCharterText({ id, department, name, owner, kind, headcount, reviewed: today(io.env), mission, schemaPath: modelineSchemaPath(dir) });
  try {
    await fs.mkdir(dir, { recursive: true });
    await createExclusive(target, text);
  } catch (err) {
    if (err instanceof TargetExistsError) {
      throw new UserError(`${shownTarget} already exists; nothing was written (charter new never overwrites a file): choose another id, or edit that file`);
    }
    throw new UserError(`cannot write ${shownTarget} (${describeFsError(err, 'write error')}); nothing was written`);
  }
  const lint = options.dir === DEFAULT_CHARTERS_DIR ? 'charter lint' : `charter lint ${shownDir}`;
  io.stdout.write(`Created ${printable(shownTarget)}\nNext: edit it (replace each TODO), then run ${lint}\n`);
  return ExitCode.Ok;
}

const KIND_QUESTION = `Kind of function: ${FUNCTION_KINDS.join(', ')} (Enter to skip): `;
const HEADCOUNT_QUESTION = 'Headcount: how many people work in it today (Enter to skip): ';

/** A function kind, checked. */
function checkKind(value: string): FunctionKind {
  const kind = FUNCTION_KINDS.find((k) => k === value.toLowerCase());
  if (kind !== undefined) return kind;
  const hint = didYouMean(value, FUNCTION_KINDS);
  throw new UserError(`"${value}" is not a kind of function${hint}${hint === '' ? '; the' : ' The'} kinds are ${FUNCTION_KINDS.join(', ')}`);
}

/** A headcount, checked: a whole number, 0 or more. */
function checkHeadcount(value: string): number {
  if (/^\d+$/.test(value) && Number.isSafeInteger(Number(value))) return Number(value);
  throw new UserError(`"${value}" is not a headcount; give the number of people in the function today, such as 6`);
}

/** Asks until the answer passes `check` (a blank answer skips the question), a few times at most. */
async function askUntilValid<T>(ask: Ask, question: string, check: (answer: string) => T, io: CliIO): Promise<T | undefined> {
  for (let attempt = 1; ; attempt++) {
    const answer = (await ask(question)).trim();
    if (answer === '') return undefined;
    try {
      return check(answer);
    } catch (err) {
      if (!(err instanceof UserError) || attempt >= DEPARTMENT_TRIES) throw err;
      io.stderr.write(`${err.message}\n`);
    }
  }
}

/** The longest id `charter new` accepts: its file and the temporary file beside it must fit a file name (255 bytes). */
const MAX_ID_LENGTH = 200;

/** Names Windows keeps for devices: a file `con.yaml` cannot be created or opened there. */
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/** Refuses an id that is a path, not kebab-case, too long for a file name, or reserved. */
function checkId(id: string): void {
  if (id.length > MAX_ID_LENGTH) {
    throw new UserError(
      `"${id.slice(0, 20)}..." is ${id.length} characters long; an id names its file (<id>.yaml), and file names are limited: keep it under ${MAX_ID_LENGTH} characters, short as a team's name`,
    );
  }
  if (/[/\\]/.test(id) || id.startsWith('.')) {
    const base = toKebab(id.split(/[/\\]/).pop() ?? '');
    const example = base === '' ? '' : ` (such as ${quote(base)})`;
    throw new UserError(
      `"${id}" is a path, not an id; give just the id${example}: the file goes in the charters directory, or in another one with --dir <dir>`,
    );
  }
  if (!ID_PATTERN.test(id)) {
    const kebab = suggestedId(id);
    const example = kebab === undefined ? '' : `, such as ${quote(kebab)}`;
    throw new UserError(`"${id}" is not a valid id: use lowercase letters, digits and single hyphens (kebab-case)${example}`);
  }
  if (id === 'org') throw new UserError('"org" is reserved for the organization file (org.yaml); choose another id');
  if (WINDOWS_DEVICE_NAME.test(id)) {
    throw new UserError(`"${id}" is a name Windows reserves for a device, so ${id}.yaml could not be opened there; choose another id, such as "${id}-team"`);
  }
}

/** The department, checked: kebab-case, and with org.yaml one it declares. */
function checkDepartment(department: string, existing: Existing): string {
  if (!ID_PATTERN.test(department)) {
    const kebab = suggestedId(department);
    const example = kebab === undefined ? '' : `, such as ${quote(kebab)}`;
    throw new UserError(`"${department}" is not a valid department id: use lowercase letters, digits and single hyphens (kebab-case)${example}`);
  }
  if (existing.orgFile !== undefined && !existing.departments.some((d) => d.id === department)) {
    const ids = existing.departments.map((d) => d.id);
    if (ids.length === 0) {
      throw new UserError(`${existing.orgFile} declares no departments; add "${department}" under "departments:" there first`);
    }
    const suggestion = didYouMean(department, ids);
    throw new UserError(
      `there is no department "${department}" in ${existing.orgFile}${suggestion}${suggestion === '' ? '; the' : ' The'} departments are ${ids.join(', ')} (or add it to ${existing.orgFile} first)`,
    );
  }
  return department;
}

async function askDepartment(ask: Ask, existing: Existing, io: CliIO): Promise<string> {
  const known = existing.departments;
  const list = known.map((d, i) => `  ${i + 1}. ${d.id}${d.name === undefined || d.name === d.id ? '' : ` (${d.name})`}`).join('\n');
  const short = known.length > 0 ? 'Department (number or id): ' : 'Department (an id such as client-outcomes): ';
  for (let attempt = 1; ; attempt++) {
    // The list once; after a wrong answer, just the question again.
    const answer = (await ask(attempt === 1 && known.length > 0 ? `Departments:\n${list}\n${short}` : short)).trim();
    const byNumber = /^\d+$/.test(answer) ? known[Number(answer) - 1]?.id : undefined;
    try {
      if (answer === '') throw new UserError(`a charter needs a department; ${departmentsHint(existing)}`);
      return checkDepartment(byNumber ?? answer, existing);
    } catch (err) {
      if (!(err instanceof UserError) || attempt >= DEPARTMENT_TRIES) throw err;
      io.stderr.write(`${err.message}\n`);
    }
  }
}

function departmentsHint(existing: Existing): string {
  const ids = existing.departments.map((d) => d.id);
  if (ids.length === 0) return 'give the id of the department this function belongs to, such as client-outcomes';
  return `the departments are ${ids.join(', ')}`;
}

/** Reads the charters directory, when there is one, for its departments and the ids already taken. */
async function readExisting(dir: string, shownDir: string, cwd: string): Promise<Existing> {
  let stat;
  try {
    stat = await fs.stat(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { orgFile: undefined, departments: [], functions: new Map() };
    throw new UserError(`cannot read ${shownDir} (${describeFsError(err, 'read error')})`);
  }
  if (!stat.isDirectory()) throw new UserError(`${shownDir} is not a directory; choose the charters directory with --dir <dir>`);
  const empty: Existing = { orgFile: undefined, departments: [], functions: new Map() };
  // An empty charters directory is where a first charter goes, not a mistake to report.
  if ((await discoverFiles([dir], cwd)).length === 0) return empty;
  const { model } = await runLint({ cwd, paths: [dir], command: 'new' });
  return existingOf(model);
}

function existingOf(model: OrgModel): Existing {
  const functions = new Map<string, string>();
  for (const fn of model.functions) if (!functions.has(fn.id)) functions.set(fn.id, fn.file.source.displayPath);
  if (model.org !== undefined) {
    const departments = (model.org.org.departments ?? []).map((d) => ({ id: d.id, name: d.name }));
    return { orgFile: model.org.source.displayPath, departments: dedupe(departments), functions };
  }
  const departments = [...model.departmentById.keys()].sort().map((id) => ({ id, name: undefined }));
  return { orgFile: undefined, departments, functions };
}

function dedupe<T extends { id: string }>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((x) => !seen.has(x.id) && seen.add(x.id));
}

/** `<id>.yaml` or `<id>.yml` already in the directory, usable or not. */
async function existingSibling(dir: string, id: string, cwd: string): Promise<string | undefined> {
  for (const ext of ['.yaml', '.yml']) {
    const file = path.join(dir, `${id}${ext}`);
    try {
      await fs.lstat(file);
      return toDisplayPath(file, cwd);
    } catch {
      // not there
    }
  }
  return undefined;
}

/** A value given on the command line or at a prompt; blank is not given. */
function given(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}
