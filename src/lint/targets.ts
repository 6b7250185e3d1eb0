import path from 'node:path';
import { UserError } from '../errors.js';
import { discoverFiles } from '../load/discover.js';
import { relativeInside } from '../files/within.js';
import type { IgnoreFilter } from '../load/ignore.js';
import { loadProject, type Project, type StdinFile } from '../project/load.js';

/** A project loaded to lint some paths, and which of its files those paths name. */
export interface LintTargets extends Project {
  /**
   * Display paths of the files the user named (directly or through a directory) when
   * other files were loaded only for context; undefined when every file read was named.
   */
  named: ReadonlySet<string> | undefined;
}

const YAML_FILE = /\.ya?ml$/i;

/**
 * Loads what `paths` name for linting. A path inside `chartersDir` (a charter file, as
 * pre-commit passes them, or a subdirectory) is checked in the context of the whole
 * charters directory, so that the rules across files see every charter; `named` then
 * says which files to report on. Paths outside it are read as given.
 * Files the configuration ignores are left out, a named one too (then it is not an
 * error that nothing is left: pre-commit passes ignored files as any other). `stdin`
 * stands for its file, which need not exist on disk.
 * @throws UserError when a path does not exist, holds no charter file, or is not a YAML file.
 */
export async function loadLintTargets(
  paths: readonly string[],
  cwd: string,
  chartersDir: string,
  options: { ignore?: IgnoreFilter | undefined; stdin?: StdinFile | undefined } = {},
): Promise<LintTargets> {
  const { ignore, stdin } = options;
  const named = new Set<string>();
  let needsContext = false;
  if (stdin !== undefined) {
    named.add(stdin.path);
    needsContext = isInside(stdin.path, chartersDir);
  }
  for (const given of paths) {
    const abs = path.resolve(cwd, given);
    const files = await discoverFiles([given], cwd, ignore);
    if (files.length === 0 && (await discoverFiles([given], cwd)).length > 0) continue; // all ignored
    if (files.length === 0) throw new UserError(`${given}: no charter files here (charters are .yaml or .yml files)`);
    if (files.length === 1 && files[0]!.path === abs && !YAML_FILE.test(abs)) {
      throw new UserError(`${given} is not a charter file: charters are .yaml or .yml files`);
    }
    for (const f of files) named.add(f.path);
    if (isInside(abs, chartersDir)) needsContext = true;
  }
  // The charters directory comes last, so that org.yaml is told from charters as in a plain `charter lint`.
  const project = await loadProject(needsContext ? [...paths, chartersDir] : paths, cwd, { ignore, stdin });
  if (!needsContext || named.size === project.sources.length) return { ...project, named: undefined };
  return { ...project, named: new Set(project.sources.filter((s) => named.has(s.path)).map((s) => s.displayPath)) };
}

/** True when `p` is strictly inside directory `dir` (both absolute). */
function isInside(p: string, dir: string): boolean {
  return relativeInside(dir, p) !== undefined;
}
