/**
 * What is on disk, not in the files: bytes that are not UTF-8 text, huge files,
 * directories with a charter's name, links that loop or lead nowhere, files and
 * directories that cannot be read, paths that are not what they should be. Each is a
 * finding (exit 1) with the other files still checked, or, when the run cannot start,
 * one line and exit 2. Inputs are made in a temporary directory at test time.
 */
import { execFileSync } from 'node:child_process';
import nodeFs, { chmodSync, mkdirSync, promises as fsPromises, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { charterYaml } from '../helpers/org.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from './helpers.js';

let dir: string;
let remove: () => void;
beforeEach(() => {
  ({ dir, remove } = tempDir());
  mkdirSync(path.join(dir, 'charters'));
  // The sentinel: a good charter with one known finding, to show that the other files are still checked.
  writeFileSync(path.join(dir, 'charters', 'sentinel.yaml'), charterYaml('not-the-sentinel'));
});
afterEach(() => {
  vi.restoreAllMocks();
  remove();
});

const SENTINEL = ['charters/sentinel.yaml', 1, 5, 'id-matches-filename'];

const write = (name: string, content: string | Uint8Array) => {
  const file = path.join(dir, 'charters', name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
};

/** Lints the charters directory as json: the exit code and [file, line, column, rule, message] of each finding. */
async function lint(args: string[] = ['charters']): Promise<{ code: number; rows: (string | number)[][]; stderr: string; files: number }> {
  const run = await runCli(['lint', ...args, '--format', 'json'], { cwd: dir });
  if (run.stdout === '') return { code: run.code, rows: [], stderr: run.stderr, files: 0 };
  const report = JSON.parse(run.stdout) as {
    findings: { file: string; line: number; column: number; rule: string; message: string }[];
    summary: { files: number };
  };
  return {
    code: run.code,
    rows: report.findings.map((f) => [f.file, f.line, f.column, f.rule, f.message]),
    stderr: run.stderr,
    files: report.summary.files,
  };
}

/** One finding in `file` with `message`, and the sentinel's: exit 1. */
async function expectOneFinding(file: string, line: number, column: number, message: string): Promise<void> {
  const result = await lint();
  expect(result.code).toBe(1);
  expect(result.stderr).toBe('');
  const expected = [[file, line, column, 'yaml-syntax', message], [...SENTINEL, expect.any(String)]];
  expect(result.rows).toEqual(file < 'charters/sentinel.yaml' ? expected : expected.reverse());
}

describe('bytes that are not UTF-8 text', () => {
  it('binary bytes', async () => {
    write('logo.yaml', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    await expectOneFinding('charters/logo.yaml', 1, 1, 'this is a binary file, not YAML text; a charter must be a UTF-8 text file');
  });

  it('Latin-1 text: says it must be UTF-8, at the first byte that is not', async () => {
    write('cafe.yaml', Buffer.concat([Buffer.from('id: cafe\nname: Caf'), Buffer.from([0xe9]), Buffer.from(' team\n')]));
    await expectOneFinding(
      'charters/cafe.yaml',
      2,
      10,
      'this file is not UTF-8 text (byte 0xE9 here is not UTF-8; the file was probably saved as Latin-1 or Windows-1252); a charter must be UTF-8: save it with UTF-8 encoding',
    );
  });

  it('UTF-16 text', async () => {
    write('wide.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id: wide\n', 'utf16le')]));
    await expectOneFinding('charters/wide.yaml', 1, 1, 'this file is saved as UTF-16 text; a charter must be UTF-8: save it with UTF-8 encoding');
  });

  it('a byte-order mark and CRLF line ends are fine', async () => {
    write('windows.yaml', `\ufeff${charterYaml('windows').replace(/\n/g, '\r\n')}`);
    expect((await lint()).rows).toEqual([[...SENTINEL, expect.any(String)]]);
  });

  it('a file over 32 MB is not read', async () => {
    truncateSync(write('huge.yaml', ''), 33 * 1024 * 1024);
    await expectOneFinding(
      'charters/huge.yaml',
      1,
      1,
      'this file is 33 MB, more than the 32 MB a charter file may be; split it, or check that it is a charter at all',
    );
  });
});

describe('through the command line, each kind of bad input: exit 1, the file and line in the report, the others still checked', () => {
  it.each<[string, string | Uint8Array, string]>([
    ['empty', '', '1:1'],
    ['only comments', '# nothing yet\n', '1:1'],
    ['a syntax error', 'id: bad\nname: [unclosed\n', '2:7'],
    ['a duplicate key', 'id: bad\nid: again\n', '2:1'],
    ['a tab', 'id: bad\nx:\n\t- a\n', '3:1'],
    ['two documents', 'id: bad\n---\nid: again\n', '2:1'],
    ['a list', '- a\n- b\n', '1:1'],
    ['an alias bomb', `id: bad\nx-a: &a [${'x,'.repeat(50)}x]\nx-b: &b [${'*a,'.repeat(40)}*a]\nx-c: [${'*b,'.repeat(40)}*b]\n`, '3:10'],
    ['20,000 levels of nesting', `id: bad\nname: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`, '2:106'],
    ['not UTF-8', Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xff, 0x0a]), '1:5'],
  ])('%s', async (_, content, position) => {
    write('bad.yaml', content);
    const run = await runCli(['lint'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(new RegExp(`\\ncharters/bad\\.yaml\\n(  .*\\n)*  ${position} +error +\\S`));
    expect(run.stdout).toMatch(/\ncharters\/sentinel\.yaml\n  1:5 +error +The id "not-the-sentinel" differs from the file name/);
  });
});

describe('directories and links', () => {
  it('a directory named like a charter is read as a directory', async () => {
    write('team.yaml/csm.yaml', charterYaml('csm'));
    write('team.yaml/support.yml', charterYaml('wrong'));
    const result = await lint();
    expect(result.code).toBe(1);
    expect(result.rows.map((r) => r.slice(0, 4))).toEqual([SENTINEL, ['charters/team.yaml/support.yml', 1, 5, 'id-matches-filename']]);
  });

  it('two links that point at each other', async () => {
    symlinkSync('b.yaml', path.join(dir, 'charters', 'a.yaml'));
    symlinkSync('a.yaml', path.join(dir, 'charters', 'b.yaml'));
    const result = await lint();
    const loop = 'cannot read this file: it is a symbolic link that leads back to itself (a loop); point it at a charter file or remove it';
    expect(result.code).toBe(1);
    expect(result.rows).toEqual([
      ['charters/a.yaml', 1, 1, 'yaml-syntax', loop],
      ['charters/b.yaml', 1, 1, 'yaml-syntax', loop],
      [...SENTINEL, expect.any(String)],
    ]);
  });

  it('a link to a directory above: each file read once, no endless walk', async () => {
    write('sub/csm.yaml', charterYaml('csm'));
    symlinkSync('..', path.join(dir, 'charters', 'sub', 'up'));
    const result = await lint();
    expect(result.rows.map((r) => r.slice(0, 4))).toEqual([SENTINEL]);
    expect(result.files).toBe(2);
  });

  it('a link to a file that does not exist', async () => {
    symlinkSync('../old/csm.yaml', path.join(dir, 'charters', 'csm.yaml'));
    await expectOneFinding(
      'charters/csm.yaml',
      1,
      1,
      'cannot read this file: it is a symbolic link to "../old/csm.yaml", which does not exist; point it at a charter file or remove it',
    );
  });

  it('a link to a charter elsewhere is followed', async () => {
    mkdirSync(path.join(dir, 'shared'));
    writeFileSync(path.join(dir, 'shared', 'csm.yaml'), charterYaml('csm'));
    symlinkSync('../shared/csm.yaml', path.join(dir, 'charters', 'csm.yaml'));
    expect((await lint()).rows).toEqual([[...SENTINEL, expect.any(String)]]);
  });

  it('a pipe named like a charter is reported, never read (a read would wait forever)', async () => {
    execFileSync('mkfifo', [path.join(dir, 'charters', 'pipe.yaml')]);
    await expectOneFinding('charters/pipe.yaml', 1, 1, 'cannot read this file: it is not a regular file (a pipe, socket or device)');
  });
});

describe('files and directories that cannot be read', () => {
  const denied = (syscall: string, file: string) => Object.assign(new Error(`EACCES: permission denied, ${syscall} '${file}'`), { code: 'EACCES', syscall, path: file });

  it('a file that cannot be read (simulated: the tests may run as root)', async () => {
    const secret = write('secret.yaml', charterYaml('secret'));
    const readFileSync = nodeFs.readFileSync;
    vi.spyOn(nodeFs, 'readFileSync').mockImplementation(((file: string, ...rest: unknown[]) => {
      if (file === secret) throw denied('open', file);
      return (readFileSync as (...a: unknown[]) => Buffer)(file, ...rest);
    }) as typeof readFileSync);
    await expectOneFinding('charters/secret.yaml', 1, 1, 'cannot read this file: permission denied');
  });

  it('a subdirectory that cannot be read (simulated): a finding, and the other files are still checked', async () => {
    write('locked/csm.yaml', charterYaml('csm'));
    const locked = path.join(dir, 'charters', 'locked');
    const readdir = fsPromises.readdir;
    vi.spyOn(fsPromises, 'readdir').mockImplementation(((d: string, ...rest: unknown[]) =>
      d === locked ? Promise.reject(denied('scandir', d)) : (readdir as (...a: unknown[]) => Promise<unknown>)(d, ...rest)) as typeof readdir);
    await expectOneFinding('charters/locked', 1, 1, 'cannot read this directory (permission denied), so the charters in it were not checked');
  });

  // Root reads any file whatever its permissions, so this runs only as another user; the simulated case above always runs.
  it.skipIf(process.getuid?.() === 0)('a file with no read permission (skipped as root, who can read it anyway)', async () => {
    chmodSync(write('secret.yaml', charterYaml('secret')), 0o000);
    await expectOneFinding('charters/secret.yaml', 1, 1, 'cannot read this file: permission denied');
  });
});

describe('paths that are not a charters directory: one line, exit 2', () => {
  it('a path that does not exist', async () => {
    expect(await runCli(['lint', 'no-such-dir'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: 'charter: no-such-dir: no such file or directory\n' });
  });

  it('a "charters" that is a file', async () => {
    const project = path.join(dir, 'project');
    mkdirSync(project);
    writeFileSync(path.join(project, 'charters'), 'not a directory\n');
    const run = await runCli(['lint'], { cwd: project });
    expect(run).toEqual({ code: 2, stdout: '', stderr: expect.stringMatching(/^charter: charters .*\n$/) });
  });

  it('a file that is not YAML given as the path', async () => {
    writeFileSync(path.join(dir, 'notes.txt'), 'not a charter\n');
    expect(await runCli(['lint', 'notes.txt'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'charter: notes.txt is not a charter file: charters are .yaml or .yml files\n',
    });
  });

  it('a charter file given as the path is linted on its own', async () => {
    const result = await lint(['charters/sentinel.yaml']);
    expect(result.code).toBe(1);
    expect(result.rows).toEqual([[...SENTINEL, expect.any(String)]]);
  });

  it('a pipe given as the path', async () => {
    execFileSync('mkfifo', [path.join(dir, 'pipe')]);
    expect(await runCli(['lint', 'pipe'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'charter: pipe: not a file or directory; give a charters directory or charter files\n',
    });
  });
});
