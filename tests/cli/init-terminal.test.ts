import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'dist/bin/charter.js');

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'charter-init-tty-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/**
 * Runs `charter <args>` in a real pseudo-terminal (util-linux's `script`), answering
 * each question once it is on the screen, as a person would. Returns the screen.
 */
function inTerminal(args: string[], answers: [prompt: string, answer: string][]): Promise<{ code: number | null; screen: string }> {
  return new Promise((resolve, reject) => {
    const command = ['node', BIN, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
    const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd: dir, env: { ...process.env, NO_COLOR: '1', TERM: 'dumb' } });
    let screen = '';
    let next = 0;
    const onData = (chunk: Buffer): void => {
      screen += chunk.toString('utf8');
      const pending = answers[next];
      if (pending !== undefined && screen.endsWith(pending[0])) {
        next++;
        child.stdin.write(pending[1] === '\u0003' ? pending[1] : `${pending[1]}\r`);
      }
    };
    child.stdout.on('data', onData);
    child.on('error', reject);
    const timer = setTimeout(() => child.kill(), 15_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, screen: screen.replace(/\r/g, '') });
    });
  });
}

describe('charter init in a real terminal', () => {
  it('asks for the name, the sponsor and the needs, and writes the answers', async () => {
    const run = await inTerminal(
      ['init'],
      [
        ['Name of your organization (Enter for a TODO): ', 'Acme Customer Success'],
        ['Executive sponsor, e.g. Chief Customer Officer (Enter for a TODO): ', 'Chief Customer Officer'],
        ['Need 1: ', 'Achieve their business outcomes'],
        ['Need 2: ', ''],
      ],
    );
    expect(run.screen).toContain('What do your customers need from you? One need a line; an empty line ends.\n');
    expect(run.screen).toContain('Created charters/org.yaml\n');
    expect(run.code).toBe(0);
    expect(parse(await fs.readFile(path.join(dir, 'charters/org.yaml'), 'utf8'))).toMatchObject({
      name: 'Acme Customer Success',
      executiveSponsor: 'Chief Customer Officer',
      customerNeeds: [{ id: 'achieve-their-business-outcomes', name: 'Achieve their business outcomes' }],
    });
  });

  it('Ctrl+C at a question writes nothing', async () => {
    const run = await inTerminal(['init'], [['Name of your organization (Enter for a TODO): ', '\u0003']]);
    expect(run.screen).toContain('charter: cancelled; nothing was written\n');
    expect(run.code).toBe(2);
    expect(await fs.readdir(dir)).toEqual([]);
  });
});
