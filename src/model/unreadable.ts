/**
 * Charters that exist but cannot be read: a function whose file holds a YAML syntax
 * error, or nothing the schema stage could use. Such a function is known by its file
 * name, so that what other charters say about it is not reported as wrong while the
 * file is being fixed; the checks that need its content wait for it.
 * @module
 */
import { ID_PATTERN } from '../schema/common.js';
import { fileStem } from '../schema/validate.js';
import type { CheckedFile, OrgModel, UnreadableFunction, UnusableFile } from './model.js';

/** The functions of the charter files the rules cannot use, by the ids they are known by (file name, and a readable `id`). */
export function unreadableFunctions(files: readonly CheckedFile[], readable: ReadonlySet<string>): Map<string, UnreadableFunction> {
  const byId = new Map<string, UnreadableFunction>();
  for (const file of files) {
    if (file.source.kind !== 'charter' || file.kind !== 'unusable') continue;
    const stem = fileStem(file.source.path);
    const written = file.writtenValue('id');
    const ids = [stem, ...(typeof written === 'string' && ID_PATTERN.test(written) && written !== stem ? [written] : [])];
    const department = file.writtenValue('department');
    const fn: UnreadableFunction = {
      id: ids.find((id) => !readable.has(id)) ?? stem,
      file,
      department: typeof department === 'string' && ID_PATTERN.test(department) ? department : undefined,
      mightName: mightName(file),
    };
    for (const id of ids) if (!readable.has(id) && !byId.has(id)) byId.set(id, fn);
  }
  return byId;
}

/**
 * Whether the file may say `id`: its text holds it as a whole word, or there is no text
 * to look at (the file could not be read at all, so it may say anything).
 */
function mightName(file: UnusableFile): (id: string) => boolean {
  const { text } = file.source;
  if (text.trim() === '') return () => file.source.syntaxProblems.length > 0;
  return (id) => {
    for (let at = text.indexOf(id); at !== -1; at = text.indexOf(id, at + 1)) {
      if (!ID_CHAR.test(text[at - 1] ?? ' ') && !ID_CHAR.test(text[at + id.length] ?? ' ')) return true;
    }
    return false;
  };
}
const ID_CHAR = /[a-z0-9-]/;

/** Whether a charter that cannot be read may be what provides `id` (a register risk's, a product's, a department's): its checks wait for it. */
export function unreadableMayName(model: OrgModel, id: string): boolean {
  for (const fn of new Set(model.unreadableFunctionById.values())) if (fn.mightName(id)) return true;
  return false;
}

/** Whether a charter that cannot be read belongs, or may belong, to department `id`. */
export function unreadableMayBelongTo(model: OrgModel, id: string): boolean {
  for (const fn of new Set(model.unreadableFunctionById.values())) {
    if (fn.department === id || (fn.department === undefined && fn.mightName(id))) return true;
  }
  return false;
}

/**
 * The note for the first finding of a file the rules cannot use: which checks across
 * charters wait for it. Undefined for a file that is usable, or that nothing waits for.
 */
export function waitingNote(model: OrgModel, file: CheckedFile): string | undefined {
  if (file.kind !== 'unusable') return undefined;
  if (file.source.kind === 'org') {
    return 'until org.yaml can be read, the checks that need it (departments, external teams, customer needs, products, leaders, the risk register) wait';
  }
  const fn = [...model.unreadableFunctionById.values()].find((f) => f.file === file);
  if (fn === undefined) return undefined;
  const department = fn.department === undefined ? 'departments' : `its department "${fn.department}"`;
  return `until it can be read, other charters' references to "${fn.id}" count as right, and the checks that need what it says (register risks, products, ${department}) wait`;
}
