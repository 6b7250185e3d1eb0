import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { charterYaml } from '../helpers/org.js';
import { tempDir } from '../robustness/helpers.js';

let dir: string;
let remove: () => void;
const CONFIG = 'rules:\n  activity-overlap: off\n';

beforeEach(() => {
  ({ dir, remove } = tempDir('charter-guard-'));
  mkdirSync(path.join(dir, 'charters'));
  writeFileSync(path.join(dir, 'charters', 'alpha.yaml'), charterYaml('alpha'));
  writeFileSync(path.join(dir, 'charter.config.yaml'), CONFIG);
});
afterEach(() => remove());

const at = (...p: string[]): string => path.join(dir, ...p);
const unchanged = (): void => {
  expect(readFileSync(at('charters', 'alpha.yaml'), 'utf8')).toBe(charterYaml('alpha'));
  expect(readFileSync(at('charter.config.yaml'), 'utf8')).toBe(CONFIG);
};

describe('--output-file and --cache-location never write over what a person wrote', () => {
  it.each([
    ['--output-file', 'cl/alpha.yaml', 'would overwrite a charter'],
    ['--output-file', 'cfg.json', 'would overwrite the configuration'],
    ['--output-file', 'charters/report.sarif', 'is in the charters directory, where charter writes nothing'],
    ['--output-file', 'cl/report.sarif', 'is in the charters directory, where charter writes nothing'],
    ['--cache-location', 'cl/alpha.yaml', 'would overwrite a charter'],
    ['--cache-location', 'charters/', 'is in the charters directory, where charter writes nothing'],
    ['--cache-location', 'charters/.charter-cache', 'is in the charters directory, where charter writes nothing'],
    ['--cache-location', 'charter.config.yaml', 'would overwrite the configuration'],
    ['--cache-location', 'cfg.json', 'would overwrite the configuration'],
  ])('%s %s (through a link where there is one) is refused: %s', async (option, target, what) => {
    symlinkSync('charters', at('cl'));
    symlinkSync('charter.config.yaml', at('cfg.json'));
    const run = await runCli(['lint', option, target], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^charter: ${option} ${target.replace(/[.]/g, '\\.')} ${what}; write the (report|cache) elsewhere`));
    expect(run.stderr.split('\n')).toHaveLength(2);
    unchanged();
    // and nothing was put in the charters directory
    expect(execFileSync('ls', ['-A', at('charters')], { encoding: 'utf8' })).toBe('alpha.yaml\n');
  });
});

describe('special files: never replaced, never waited on', () => {
  it.each([
    ['--output-file', 'pipe'],
    ['--cache-location', 'pipe'],
    ['--config', 'pipe'],
  ])('%s naming a FIFO is refused at once', async (option, name) => {
    execFileSync('mkfifo', [at(name)]);
    const run = await runCli(['lint', option, name], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`charter: ${option} ${name} is not a regular file (a pipe); give a file\n`);
    expect(lstatSync(at(name)).isFIFO()).toBe(true);
  });

  it('--output-file /proc/self/fd/1 (a link to the output) is refused, not replaced', async () => {
    const run = await runCli(['lint', '--output-file', '/proc/self/fd/1'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^charter: --output-file \/proc\/self\/fd\/1 is not a regular file/);
  });

  it('a FIFO named .charter-cache with --cache is refused at once', async () => {
    execFileSync('mkfifo', [at('.charter-cache')]);
    const run = await runCli(['lint', '--cache'], { cwd: dir });
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'charter: --cache-location .charter-cache is not a regular file (a pipe); give a file\n' });
  });

  it('a FIFO named charter.config.yaml is reported, not ignored', async () => {
    execFileSync('rm', [at('charter.config.yaml')]);
    execFileSync('mkfifo', [at('charter.config.yaml')]);
    const run = await runCli(['lint'], { cwd: dir });
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'charter: charter.config.yaml is not a regular file (a pipe); make it a file, or remove it\n' });
  });
});
