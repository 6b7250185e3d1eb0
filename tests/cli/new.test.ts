import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runNew } from '../../src/cli/commands/new.js';
import type { CliIO } from '../../src/cli/io.js';
import { UserError } from '../../src/errors.js';
import { SECTION_COMMENTS } from '../../src/scaffold/charter.js';
import { runCli } from '../helpers/cli.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const KIND_QUESTION =
  'Kind of function: csm, scaled-csm, digital, renewals, support, professional-services, implementation, education, operations, enablement, product-success, other (Enter to skip): ';
const HEADCOUNT_QUESTION = 'Headcount: how many people work in it today (Enter to skip): ';
const SHIPPED_SCHEMA = path.join(ROOT, 'schemas/charter.schema.json');

/** A scratch directory holding a copy of `fixture` (a charters directory) as `charters/`, or nothing. */
function scratch(fixture?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'charter-new-'));
  if (fixture !== undefined) cpSync(fixture, path.join(dir, 'charters'), { recursive: true });
  return dir;
}

/** Every file under `dir` with its content, to show that a refusal changed nothing. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out[path.relative(dir, path.join(entry.parentPath, entry.name))] = readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
  }
  return out;
}

interface JsonReport {
  findings: { file: string; rule: string; severity: string }[];
}

async function lintJson(cwd: string, dir = 'charters'): Promise<{ code: number; report: JsonReport }> {
  const run = await runCli(['lint', dir, '--format', 'json'], { cwd });
  return { code: run.code, report: JSON.parse(run.stdout) as JsonReport };
}

describe('charter new', () => {
  it('writes the first charter into an empty charters directory', async () => {
    const dir = scratch();
    mkdirSync(path.join(dir, 'charters'));
    const run = await runCli(['new', 'csm', '--department', 'client-outcomes'], { cwd: dir });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(existsSync(path.join(dir, 'charters', 'csm.yaml'))).toBe(true);
  });

  it('writes charters/<id>.yaml, says where and what next, and lints with only placeholder warnings in the sample org', async () => {
    const cwd = scratch(path.join(ROOT, 'charters'));
    const run = await runCli(['new', 'renewals', '--department', 'client-outcomes'], { cwd });
    expect(run).toEqual({
      code: 0,
      stdout: 'Created charters/renewals.yaml\nNext: edit it (replace each TODO), then run charter lint\n',
      stderr: '',
    });
    const { code, report } = await lintJson(cwd);
    expect(code).toBe(0);
    expect(report.findings.length).toBeGreaterThan(0);
    expect(new Set(report.findings.map((f) => `${f.file} ${f.rule} ${f.severity}`))).toEqual(new Set(['charters/renewals.yaml placeholder warn']));
  });

  it('lints with only placeholder warnings in a new org without org.yaml, and in an org grouped by folder', async () => {
    const empty = scratch();
    expect((await runCli(['new', 'csm', '--department', 'client-outcomes'], { cwd: empty })).code).toBe(0);
    const first = await lintJson(empty);
    expect(first.code).toBe(0);
    expect(new Set(first.report.findings.map((f) => f.rule))).toEqual(new Set(['placeholder']));

    const grouped = scratch(path.join(ROOT, 'tests/fixtures/new/grouped'));
    expect((await runCli(['new', 'reporting', '--department', 'cs-operations', '--name', 'Reporting'], { cwd: grouped })).code).toBe(0);
    const second = await lintJson(grouped);
    expect(second.code).toBe(0);
    expect(new Set(second.report.findings.map((f) => `${f.file} ${f.rule}`))).toEqual(new Set(['charters/reporting.yaml placeholder']));
  });

  it('opens with a modeline that reaches the schema shipped in the package, relative to the new file', async () => {
    const cwd = scratch();
    await runCli(['new', 'csm', '--department', 'client-outcomes', '--dir', 'org/charters'], { cwd });
    const file = path.join(cwd, 'org/charters/csm.yaml');
    const first = readFileSync(file, 'utf8').split('\n')[0]!;
    const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
    expect(match).not.toBeNull();
    const schemaPath = match![1]!;
    expect(schemaPath).not.toMatch(/^\/|\\/);
    expect(path.resolve(path.dirname(file), schemaPath)).toBe(SHIPPED_SCHEMA);
    expect(existsSync(SHIPPED_SCHEMA)).toBe(true);
  });

  it('writes all six sections, each under a one-line comment on what belongs there, with TODOs to decide', async () => {
    const cwd = scratch();
    await runCli(['new', 'csm', '--department', 'client-outcomes', '--name', 'Client Outcomes CSMs'], { cwd });
    const text = readFileSync(path.join(cwd, 'charters/csm.yaml'), 'utf8');
    const lines = text.split('\n');
    for (const [key, comment] of Object.entries(SECTION_COMMENTS)) {
      const at = lines.findIndex((l) => l.startsWith(`${key}:`));
      expect(at, key).toBeGreaterThan(0);
      // The comment is the first line of the block above the key (the dependency example follows it).
      const block = lines.slice(0, at).lastIndexOf('');
      expect(lines[block + 1], key).toBe(`# ${comment}`);
    }
    const data = parse(text) as Record<string, unknown>;
    expect(Object.keys(data)).toEqual([
      'id',
      'name',
      'department',
      'owner',
      'reviewed',
      'mission',
      'operatingMetrics',
      'costMetrics',
      'activities',
      'risks',
      'dependencies',
    ]);
    expect(data['name']).toBe('Client Outcomes CSMs');
    expect(data['mission']).toMatch(/^TODO: /);
    expect(data['dependencies']).toEqual([]);
  });

  it('writes values with YAML-special characters so that they read back exactly', async () => {
    const cwd = scratch();
    const values = {
      name: 'Renewals: "Core" & #1',
      owner: '# VP, Renewals & Expansion: "the buck stops here"',
      mission: "Help every customer: renew with 'confidence' & #clarity \"always\" - yes: no",
    };
    const run = await runCli(
      ['new', 'renewals', '--department', 'client-outcomes', '--name', values.name, '--owner', values.owner, '--mission', values.mission],
      { cwd },
    );
    expect(run.code).toBe(0);
    const data = parse(readFileSync(path.join(cwd, 'charters/renewals.yaml'), 'utf8')) as Record<string, unknown>;
    expect({ name: data['name'], owner: data['owner'], mission: data['mission'] }).toEqual(values);
  });

  const existingSample = path.join(ROOT, 'charters');
  it.each<[string, string | undefined, (cwd: string) => void, string[], string]>([
    [
      'the file exists',
      existingSample,
      () => {},
      ['new', 'csm', '--department', 'client-outcomes'],
      'charter: charters/csm.yaml already exists; nothing was written (charter new never overwrites a file): choose another id, or edit that file\n',
    ],
    [
      'a .yml file of that id exists',
      undefined,
      (cwd) => {
        mkdirSync(path.join(cwd, 'charters'));
        writeFileSync(path.join(cwd, 'charters/csm.yml'), 'mine: true\n');
      },
      ['new', 'csm', '--department', 'client-outcomes'],
      'charter: a charter with id "csm" already exists (charters/csm.yml); ids are unique: choose another id\n',
    ],
    [
      'another file holds that id',
      path.join(ROOT, 'tests/fixtures/new/grouped'),
      () => {},
      ['new', 'renewals', '--department', 'client-outcomes'],
      'charter: a charter with id "renewals" already exists (charters/client-outcomes/renewals.yaml); ids are unique: choose another id\n',
    ],
    [
      'the id is not kebab-case',
      undefined,
      () => {},
      ['new', 'Renewals Team', '--department', 'client-outcomes'],
      'charter: "Renewals Team" is not a valid id: use lowercase letters, digits and single hyphens (kebab-case), such as "renewals-team"\n',
    ],
    [
      'the id leaves the directory',
      undefined,
      () => {},
      ['new', '../evil', '--department', 'client-outcomes'],
      'charter: "../evil" is a path, not an id; give just the id (such as "evil"): the file goes in the charters directory, or in another one with --dir <dir>\n',
    ],
    [
      'the id is a path inside the directory',
      undefined,
      () => {},
      ['new', 'sub/csm', '--department', 'client-outcomes'],
      'charter: "sub/csm" is a path, not an id; give just the id (such as "csm"): the file goes in the charters directory, or in another one with --dir <dir>\n',
    ],
    [
      'the id is a Windows path',
      undefined,
      () => {},
      ['new', '..\\csm', '--department', 'client-outcomes'],
      'charter: "..\\csm" is a path, not an id; give just the id (such as "csm"): the file goes in the charters directory, or in another one with --dir <dir>\n',
    ],
    ['the id is reserved', undefined, () => {}, ['new', 'org', '--department', 'x'], 'charter: "org" is reserved for the organization file (org.yaml); choose another id\n'],
    [
      'the department is unknown to org.yaml',
      existingSample,
      () => {},
      ['new', 'renewals', '--department', 'client-outcome'],
      'charter: there is no department "client-outcome" in charters/org.yaml; did you mean "client-outcomes"? The departments are client-outcomes, onboarding, technical-success, cs-operations, enablement (or add it to charters/org.yaml first)\n',
    ],
    [
      'the department is not an id',
      undefined,
      () => {},
      ['new', 'renewals', '--department', 'Client Outcomes'],
      'charter: "Client Outcomes" is not a valid department id: use lowercase letters, digits and single hyphens (kebab-case), such as "client-outcomes"\n',
    ],
    [
      'no department is given and it cannot ask',
      existingSample,
      () => {},
      ['new', 'renewals'],
      'charter: charter new needs --department <id> when it cannot ask (standard input is not a terminal); the departments are client-outcomes, onboarding, technical-success, cs-operations, enablement\n',
    ],
    [
      'the charters directory is a file',
      undefined,
      (cwd) => writeFileSync(path.join(cwd, 'charters'), 'not a directory\n'),
      ['new', 'renewals', '--department', 'client-outcomes'],
      'charter: charters is not a directory; choose the charters directory with --dir <dir>\n',
    ],
  ])('refuses when %s: exit 2, why and what to do, nothing written', async (_, fixture, prepare, argv, message) => {
    const cwd = scratch(fixture);
    prepare(cwd);
    const before = snapshot(cwd);
    expect(await runCli(argv, { cwd })).toEqual({ code: 2, stdout: '', stderr: message });
    expect(snapshot(cwd)).toEqual(before);
  });

  it('never asks when standard input is not a terminal: what is missing becomes a TODO', async () => {
    const cwd = scratch();
    const run = await runCli(['new', 'csm', '--department', 'client-outcomes'], { cwd, tty: false });
    expect(run.stdout).toBe('Created charters/csm.yaml\nNext: edit it (replace each TODO), then run charter lint\n');
    const data = parse(readFileSync(path.join(cwd, 'charters/csm.yaml'), 'utf8')) as Record<string, string>;
    expect(data['name']).toMatch(/^TODO: /);
    expect(data['mission']).toMatch(/^TODO: /);
  });

  it('names the directory in the next step when it is not the default', async () => {
    const cwd = scratch();
    const run = await runCli(['new', 'csm', '--department', 'client-outcomes', '--dir', 'org/charters'], { cwd });
    expect(run.stdout).toBe('Created org/charters/csm.yaml\nNext: edit it (replace each TODO), then run charter lint org/charters\n');
  });
});

describe('charter new in a terminal', () => {
  function ioFor(cwd: string): { io: CliIO; out: () => string; err: () => string } {
    let stdout = '';
    let stderr = '';
    const io: CliIO = {
      stdout: { write: (t) => void (stdout += t), isTTY: true },
      stderr: { write: (t) => void (stderr += t), isTTY: true },
      cwd,
      env: { CHARTER_TODAY: '2026-11-27' },
      stdinIsTTY: true,
    };
    return { io, out: () => stdout, err: () => stderr };
  }

  /** An `ask` that answers from a script and records the questions. */
  function scripted(answers: string[]): { ask: (q: string) => Promise<string>; questions: string[] } {
    const questions: string[] = [];
    return {
      questions,
      ask: (q) => {
        questions.push(q);
        const answer = answers.shift();
        return answer === undefined ? Promise.reject(new Error(`unexpected question: ${q}`)) : Promise.resolve(answer);
      },
    };
  }

  it('asks for the missing name, department (offering the known ones) and mission', async () => {
    const cwd = scratch(path.join(ROOT, 'charters'));
    const { io, out, err } = ioFor(cwd);
    const { ask, questions } = scripted(['Renewals: "Core"', 'nope', '1', 'renewal', 'renewals', 'six', '4', 'Help every customer renew with confidence.']);
    expect(await runNew('renewals', { dir: 'charters' }, io, ask)).toBe(0);
    expect(questions).toEqual([
      'Name of the function (Enter to leave a TODO): ',
      'Departments:\n  1. client-outcomes (Client Outcomes)\n  2. onboarding (Onboarding)\n  3. technical-success (Technical Success)\n  4. cs-operations (Customer Success Operations)\n  5. enablement (Internal Training and Enablement)\nDepartment (number or id): ',
      'Department (number or id): ',
      KIND_QUESTION,
      KIND_QUESTION,
      HEADCOUNT_QUESTION,
      HEADCOUNT_QUESTION,
      'Mission: one sentence on the customer need it answers (Enter for a TODO): ',
    ]);
    expect(err()).toBe(
      'there is no department "nope" in charters/org.yaml; the departments are client-outcomes, onboarding, technical-success, cs-operations, enablement (or add it to charters/org.yaml first)\n' +
        '"renewal" is not a kind of function; did you mean "renewals"? The kinds are csm, scaled-csm, digital, renewals, support, professional-services, implementation, education, operations, enablement, product-success, other\n' +
        '"six" is not a headcount; give the number of people in the function today, such as 6\n',
    );
    expect(out()).toBe('Created charters/renewals.yaml\nNext: edit it (replace each TODO), then run charter lint\n');
    const data = parse(readFileSync(path.join(cwd, 'charters/renewals.yaml'), 'utf8')) as Record<string, string>;
    expect([data['name'], data['department'], data['kind'], data['headcount'], data['reviewed'], data['mission']]).toEqual([
      'Renewals: "Core"',
      'client-outcomes',
      'renewals',
      4,
      '2026-11-27',
      'Help every customer renew with confidence.',
    ]);
  });

  it('asks only for what is missing, and leaves TODOs for blank answers', async () => {
    const cwd = scratch();
    const { io } = ioFor(cwd);
    const { ask, questions } = scripted(['', '', ' ', '  ']);
    expect(await runNew('csm', { dir: 'charters', department: 'client-outcomes' }, io, ask)).toBe(0);
    expect(questions).toHaveLength(4);
    const data = parse(readFileSync(path.join(cwd, 'charters/csm.yaml'), 'utf8')) as Record<string, string>;
    expect(data['name']).toMatch(/^TODO: /);
    expect(data['mission']).toMatch(/^TODO: /);
    // Kind and headcount are optional: a blank answer leaves them out.
    expect(Object.keys(data)).not.toContain('kind');
    expect(Object.keys(data)).not.toContain('headcount');
    expect(data['reviewed']).toBe('2026-11-27');
  });

  it('takes --kind and --headcount, refuses bad ones with what to write, and dates the review today', async () => {
    const cwd = scratch(path.join(ROOT, 'charters'));
    const ok = await runCli(['new', 'renewals', '--department', 'client-outcomes', '--kind', 'renewals', '--headcount', '3'], {
      cwd,
      env: { CHARTER_TODAY: '2026-02-03' },
    });
    expect(ok.code).toBe(0);
    const text = readFileSync(path.join(cwd, 'charters/renewals.yaml'), 'utf8');
    expect(text).toContain('kind: renewals\nheadcount: 3\nreviewed: 2026-02-03\n');
    const before = snapshot(cwd);
    expect(await runCli(['new', 'digital', '--department', 'client-outcomes', '--kind', 'scaled'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'charter: "scaled" is not a kind of function; the kinds are csm, scaled-csm, digital, renewals, support, professional-services, implementation, education, operations, enablement, product-success, other\n',
    });
    expect((await runCli(['new', 'digital', '--department', 'client-outcomes', '--headcount', '-2'], { cwd })).stderr).toBe(
      'charter: "-2" is not a headcount; give the number of people in the function today, such as 6\n',
    );
    expect(snapshot(cwd)).toEqual(before);
  });

  it('gives up after three wrong departments, writing nothing', async () => {
    const cwd = scratch(path.join(ROOT, 'charters'));
    const before = snapshot(cwd);
    const { io } = ioFor(cwd);
    const { ask } = scripted(['Renewals', 'x', 'y', '9']);
    await expect(runNew('renewals', { dir: 'charters' }, io, ask)).rejects.toThrow(
      new UserError(
        'there is no department "9" in charters/org.yaml; the departments are client-outcomes, onboarding, technical-success, cs-operations, enablement (or add it to charters/org.yaml first)',
      ),
    );
    expect(snapshot(cwd)).toEqual(before);
  });

  it('does not ask when the refusal is already certain', async () => {
    const cwd = scratch(path.join(ROOT, 'charters'));
    const { io } = ioFor(cwd);
    const { ask, questions } = scripted([]);
    await expect(runNew('csm', { dir: 'charters' }, io, ask)).rejects.toThrow('charters/csm.yaml already exists');
    expect(questions).toEqual([]);
  });
});
