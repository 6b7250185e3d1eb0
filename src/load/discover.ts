import { promises as fs } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { IgnoreFilter } from './ignore.js';
import type { SourceKind } from './source.js';

/** A file found on disk that should be linted. */
export interface DiscoveredFile {
  path: string;
  kind: SourceKind;
  /** Set when the entry cannot be read as a file (dangling link, loop, permission): reported, not thrown. */
  problem?: string;
}

const YAML_FILE = /\.ya?ml$/i;
const ORG_FILE = /^org\.ya?ml$/i;
/** charter's own configuration, never a charter (`charter lint .` walks past it). */
const CONFIG_FILE = /^charter\.config\.ya?ml$/i;

/**
 * Finds the charter files under the given paths. A directory is read recursively
 * (`*.yaml`, `*.yml`; `org.yaml` at its top is the organization); a file is taken as
 * it is. Symbolic links are followed once (loops are cut). Results are sorted and unique.
 * `ignore` leaves out what the configuration's `ignore:` patterns match, inside
 * directories and among the paths given.
 * @throws UserError when a path does not exist.
 */
export async function discoverFiles(paths: readonly string[], cwd: string, ignore?: IgnoreFilter): Promise<DiscoveredFile[]> {
  const found = new Map<string, DiscoveredFile>();
  for (const given of paths) {
    const abs = path.resolve(cwd, given);
    let stat;
    try {
      stat = await fs.stat(abs);
    } catch (err) {
      throw new UserError(`${given}: ${describeFsError(err, 'no such file or directory')}`);
    }
    if (ignore?.(abs, stat.isDirectory()) === true) continue;
    if (stat.isDirectory()) {
      await walkTree(abs, found, ignore);
    } else if (stat.isFile()) {
      found.set(abs, { path: abs, kind: ORG_FILE.test(path.basename(abs)) ? 'org' : 'charter' });
    } else {
      // A pipe or a device: reading it could wait forever, or never end.
      throw new UserError(`${given}: not a file or directory; give a charters directory or charter files`);
    }
  }
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Reads a directory tree, iteratively (nesting is the user's to choose, the call stack
 * is not) and in time linear in its size: a directory's real path (to read each one
 * once, whatever the links) is its parent's real path and its name, and is asked of
 * the file system only for a symbolic link. Asking it for every directory made
 * discovery cubic in the depth (800 levels: 13 s). A directory that cannot be read
 * (permissions, a path longer than the system allows) is reported, never skipped.
 */
async function walkTree(root: string, found: Map<string, DiscoveredFile>, ignore: IgnoreFilter | undefined): Promise<void> {
  const seen = new Set<string>();
  const stack: { dir: string; real: string }[] = [{ dir: root, real: await fs.realpath(root) }];
  while (stack.length > 0) {
    const { dir, real } = stack.pop()!;
    if (seen.has(real)) continue; // already read: a symbolic link loop, or a second link to it
    seen.add(real);
    const children = await readDirectory(root, dir, found, ignore);
    // Pushed in reverse, so that directories are read in name order (the result is sorted anyway).
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]!;
      if (child.link) {
        try {
          stack.push({ dir: child.dir, real: await fs.realpath(child.dir) });
        } catch (err) {
          found.set(child.dir, { path: child.dir, kind: 'charter', problem: `cannot read this directory (${describeFsError(err, 'unreadable')}), so the charters in it were not checked` });
        }
      } else {
        stack.push({ dir: child.dir, real: path.join(real, path.basename(child.dir)) });
      }
    }
  }
}

/** The charter files of one directory into `found`; its subdirectories returned, with whether each is reached through a link. */
async function readDirectory(
  root: string,
  dir: string,
  found: Map<string, DiscoveredFile>,
  ignore: IgnoreFilter | undefined,
): Promise<{ dir: string; link: boolean }[]> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (err) {
    const reason = describeFsError(err, 'unreadable');
    // The directory the user named must be readable; one below it is reported and the rest still checked.
    if (dir === root) throw new UserError(`${dir}: cannot read this directory (${reason})`);
    found.set(dir, { path: dir, kind: 'charter', problem: `cannot read this directory (${reason}), so the charters in it were not checked` });
    return [];
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const subdirectories: { dir: string; link: boolean }[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    let problem: string | undefined;
    if (entry.isSymbolicLink()) {
      try {
        const st = await fs.stat(full);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch (err) {
        if (!YAML_FILE.test(entry.name)) continue;
        isFile = true;
        problem = await brokenLink(full, err);
      }
    }
    if (ignore?.(full, isDir) === true) continue;
    if (isDir) {
      subdirectories.push({ dir: full, link: entry.isSymbolicLink() });
    } else if (YAML_FILE.test(entry.name) && !CONFIG_FILE.test(entry.name)) {
      const kind: SourceKind = dir === root && ORG_FILE.test(entry.name) ? 'org' : 'charter';
      // A pipe, socket or device with a charter's name: reported, never read (a read could wait forever).
      if (!isFile) problem ??= 'cannot read this file: it is not a regular file (a pipe, socket or device)';
      found.set(full, problem === undefined ? { path: full, kind } : { path: full, kind, problem });
    }
  }
  return subdirectories;
}

/** Why a symbolic link cannot be followed, naming where it points. */
async function brokenLink(link: string, err: unknown): Promise<string> {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ELOOP') return 'cannot read this file: it is a symbolic link that leads back to itself (a loop); point it at a charter file or remove it';
  let target: string | undefined;
  try {
    target = await fs.readlink(link);
  } catch {
    target = undefined;
  }
  if (code === 'ENOENT' && target !== undefined) {
    return `cannot read this file: it is a symbolic link to "${target}", which does not exist; point it at a charter file or remove it`;
  }
  return `cannot read this file: ${describeFsError(err, 'broken link')}`;
}

/** A plain-words reason for a file system error. */
export function describeFsError(err: unknown, fallback: string): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory';
    case 'ENAMETOOLONG':
      return 'the name is too long for the file system';
    default:
      return fallback;
  }
}
