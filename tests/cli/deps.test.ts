import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const EVERY = 'tests/fixtures/deps/every-status';
const BROKEN = 'tests/fixtures/deps/broken';

/** `[from, to, status]` of each json row, for compact assertions. */
async function rowsOf(argv: string[]): Promise<[string, string, string][]> {
  const run = await runCli(['deps', ...argv, '--format', 'json'], { cwd: ROOT });
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as { from: string; to: string; status: string }[]).map((r) => [r.from, r.to, r.status]);
}

describe('charter deps', () => {
  it('shows the sample org as a table and counts each status, exiting 0', async () => {
    const run = await runCli(['deps'], { cwd: ROOT });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^┌─+┬/);
    expect(run.stdout).toContain('│ Function ');
    expect(run.stdout.endsWith('└' + run.stdout.split('\n')[0]!.slice(1, -1).replace(/┬/g, '┴') + '┘\n48 dependencies: 38 acknowledged, 0 unacknowledged, 10 external, 0 unknown\n')).toBe(true);
  });

  it('prints json exactly in the documented shape, one object per dependency, sorted by function then team', async () => {
    const run = await runCli(['deps', EVERY, '--format', 'json'], { cwd: ROOT });
    expect(run).toEqual({ code: 0, stderr: '', stdout: JSON_EVERY });
  });

  it('exits 0 with unmet dependencies, and --status keeps one status', async () => {
    const run = await runCli(['deps', EVERY, '--status', 'unacknowledged'], { cwd: ROOT });
    expect(run).toEqual({ code: 0, stderr: '', stdout: UNACKNOWLEDGED_TABLE });
  });

  it('--function <function> keeps its dependencies and the ones on it or its department; --implicit adds implicit providers', async () => {
    const run = await runCli(['deps', EVERY, '--function', 'csm', '--implicit'], { cwd: ROOT });
    expect(run).toEqual({ code: 0, stderr: '', stdout: CSM_IMPLICIT_TABLE });
  });

  it.each<[string, string[], [string, string, string][]]>([
    [
      'a department: its functions\' dependencies and the ones on it or its functions',
      ['--function', 'technical'],
      [
        ['architects', 'success', 'unacknowledged'],
        ['csm', 'support', 'acknowledged'],
        ['csm', 'technical', 'acknowledged'],
        ['support', 'csm', 'unacknowledged'],
        ['support', 'ops', 'acknowledged'],
      ],
    ],
    ['an external team: who depends on it', ['--function', 'product'], [['csm', 'product', 'external']]],
    ['a function that is also its department\'s id: the function', ['--function', 'ops'], [['support', 'ops', 'acknowledged']]],
    ['unknown teams', ['--status', 'unknown'], [['csm', 'sales-ops', 'unknown']]],
    ['external teams', ['--status', 'external'], [['csm', 'product', 'external']]],
    [
      'implicit providers only (--status implicit implies --implicit)',
      ['--status', 'implicit'],
      [
        ['architects', 'ops', 'implicit'],
        ['csm', 'ops', 'implicit'],
      ],
    ],
    [
      'a function and a status together',
      ['--function', 'support', '--status', 'acknowledged'],
      [
        ['csm', 'support', 'acknowledged'],
        ['csm', 'technical', 'acknowledged'],
        ['support', 'ops', 'acknowledged'],
      ],
    ],
  ])('filters: %s', async (_, argv, rows) => {
    expect(await rowsOf([EVERY, ...argv])).toEqual(rows);
  });

  it('says so when nothing matches, and when no charter lists a dependency', async () => {
    expect(await runCli(['deps', EVERY, '--function', 'ops', '--status', 'unknown'], { cwd: ROOT })).toEqual({
      code: 0,
      stderr: '',
      stdout: 'No dependencies match --function ops --status unknown (7 in all).\n',
    });
    expect(await runCli(['deps', 'tests/fixtures/deps/none'], { cwd: ROOT })).toEqual({
      code: 0,
      stderr: '',
      stdout: 'No dependencies: no charter lists one.\n',
    });
    expect((await runCli(['deps', 'tests/fixtures/deps/none', '--format', 'json'], { cwd: ROOT })).stdout).toBe('[]\n');
    expect((await runCli(['deps', 'tests/fixtures/deps/none', '--format', 'csv'], { cwd: ROOT })).stdout).toBe('from,to,id,for,status,fulfilledBy\n');
  });

  it('still shows what it can when files are broken, with a one-line note on stderr, and exits 0', async () => {
    const run = await runCli(['deps', BROKEN, '--format', 'json'], { cwd: ROOT });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `charter: ${BROKEN}/ops.yaml and ${BROKEN}/support.yaml have problems, so some dependencies may be missing or incomplete here; run charter lint to see and fix them\n`,
    );
    expect(JSON.parse(run.stdout)).toEqual([
      { from: 'csm', to: 'support', id: 'fix-fast', for: 'Fixing break-fix tickets within 8 business hours.', status: 'unknown', fulfilledBy: [] },
    ]);
    const table = await runCli(['deps', BROKEN], { cwd: ROOT, columns: 200 });
    expect(table.stdout).toContain(`${BROKEN}/support.yaml could not be read; run charter lint`);
  });

  it.each([
    [['deps', 'no-such-dir'], 'charter: no-such-dir: no such file or directory\n'],
    [
      ['deps', EVERY, '--function', 'csmm'],
      `charter: --function: no function, department or external team "csmm" in ${EVERY}; did you mean "csm"?\n`,
    ],
    [['deps', EVERY, '--function', 'nobody-at-all'], `charter: --function: no function, department or external team "nobody-at-all" in ${EVERY}\n`],
    [
      ['deps', '--status', 'unmet'],
      "charter: option '--status <status>' argument 'unmet' is invalid. Allowed choices are acknowledged, unacknowledged, external, unknown, implicit.\n",
    ],
    [
      ['deps', '--format', 'svg'],
      "charter: option '-f, --format <format>' argument 'svg' is invalid. Allowed choices are table, json, markdown, csv, mermaid, dot.\n",
    ],
  ])('exits 2 with one line for %j', async (argv, message) => {
    expect(await runCli(argv, { cwd: ROOT })).toEqual({ code: 2, stdout: '', stderr: message });
  });

  it('says what to do when there is no charters directory', async () => {
    expect(await runCli(['deps'], { cwd: path.join(ROOT, 'tests') })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'charter: no "charters" directory here; run charter deps <directory>, or start one with charter new <id>\n',
    });
  });

  it("reads the charters directory that charter.config.yaml names, as charter lint does", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'charter-deps-config-'));
    try {
      await fs.cp(path.join(ROOT, EVERY), path.join(dir, 'org', 'charters'), { recursive: true });
      await fs.writeFile(path.join(dir, 'charter.config.yaml'), 'charters: org/charters\n');
      const run = await runCli(['deps', '--format', 'json'], { cwd: dir });
      expect(run).toEqual({ code: 0, stderr: '', stdout: JSON_EVERY.replaceAll(`${EVERY}/`, 'org/charters/') });
      await fs.writeFile(path.join(dir, 'charter.config.yaml'), 'charters: elsewhere\n');
      expect(await runCli(['deps'], { cwd: dir })).toEqual({
        code: 2,
        stdout: '',
        stderr: 'charter: no "elsewhere" directory, where "charters" in charter.config.yaml says the charters are; fix that path, or run charter deps <directory>\n',
      });
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it("shows a named charter's dependencies with their statuses as the whole charters directory has them", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'charter-deps-file-'));
    try {
      await fs.cp(path.join(ROOT, EVERY), path.join(dir, 'charters'), { recursive: true });
      const all = JSON.parse((await runCli(['deps', '--format', 'json'], { cwd: dir })).stdout) as { from: string }[];
      const run = await runCli(['deps', 'charters/csm.yaml', '--format', 'json'], { cwd: dir });
      expect(run.code).toBe(0);
      const rows = JSON.parse(run.stdout) as { from: string }[];
      expect(rows.length).toBeGreaterThan(0);
      expect(rows).toEqual(all.filter((r) => r.from === 'csm'));
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('colours status words only in a table on a terminal without NO_COLOR', async () => {
    const tty = await runCli(['deps', EVERY], { cwd: ROOT, tty: true });
    expect(tty.stdout).toContain('\u001b[32macknowledged\u001b[39m');
    expect(tty.stdout).toContain('\u001b[33munacknowledged\u001b[39m');
    expect(tty.stdout).toContain('\u001b[31munknown\u001b[39m');
    expect((await runCli(['deps', EVERY], { cwd: ROOT, tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
    expect((await runCli(['deps', EVERY, '--format', 'json'], { cwd: ROOT, tty: true })).stdout).not.toContain('\u001b[');
    expect((await runCli(['deps', EVERY], { cwd: ROOT })).stdout).not.toContain('\u001b[');
  });

  it.each([56, 60, 80, 100, 132, 200])('fits the table to a terminal %i columns wide', async (columns) => {
    const run = await runCli(['deps', '--implicit'], { cwd: ROOT, columns });
    const widths = run.stdout.split('\n').filter((l) => l.startsWith('│') || l.startsWith('┌')).map((l) => [...l].length);
    expect(Math.max(...widths)).toBeLessThanOrEqual(columns);
    // Wide terminals are used: the table is not kept at the narrow default.
    if (columns >= 132) expect(Math.max(...widths)).toBeGreaterThan(120);
  });

  it('keeps every word of a long "for" text when wrapping it', async () => {
    const run = await runCli(['deps', '--function', 'csm'], { cwd: ROOT, columns: 80 });
    const forColumn = run.stdout
      .split('\n')
      .filter((l) => l.startsWith('│'))
      .map((l) => l.split('│')[3]!.trim())
      .join(' ');
    expect(forColumn).toContain(
      'Helping clients with further configuration after onboarding when no statement of work covers it; with a statement of work, Onboarding runs it as a new project.',
    );
  });
});

const JSON_EVERY = `[
  {
    "from": "architects",
    "to": "success",
    "id": "success-plans",
    "for": "A success plan for every customer.",
    "status": "unacknowledged",
    "fulfilledBy": []
  },
  {
    "from": "csm",
    "to": "product",
    "id": null,
    "for": "Shipping the roadmap, on time.",
    "status": "external",
    "fulfilledBy": []
  },
  {
    "from": "csm",
    "to": "sales-ops",
    "id": "renewal-forecast",
    "for": "A renewal forecast every quarter.",
    "status": "unknown",
    "fulfilledBy": []
  },
  {
    "from": "csm",
    "to": "support",
    "id": "fix-fast",
    "for": "Fixing break-fix tickets within 8 business hours.",
    "status": "acknowledged",
    "fulfilledBy": [
      "support/triage",
      "support/escalate"
    ]
  },
  {
    "from": "csm",
    "to": "technical",
    "id": "configuration",
    "for": "Configuration help \\"beyond\\" the statement of work | phase 2 & #3, <fast>",
    "status": "acknowledged",
    "fulfilledBy": [
      "architects/configuration-work"
    ]
  },
  {
    "from": "support",
    "to": "csm",
    "id": "handover",
    "for": "A clean handover, with notes, for every new customer.",
    "status": "unacknowledged",
    "fulfilledBy": []
  },
  {
    "from": "support",
    "to": "ops",
    "id": "tooling",
    "for": "Ticketing tooling.",
    "status": "acknowledged",
    "fulfilledBy": [
      "ops/ticketing"
    ]
  }
]
`;

const UNACKNOWLEDGED_TABLE = `┌────────────┬───────────────────┬────────────────────────────────┬────────────────────────────────┐
│ Function   │ Depends on        │ For                            │ Status                         │
├────────────┼───────────────────┼────────────────────────────────┼────────────────────────────────┤
│ architects │ success           │ A success plan for every       │ unacknowledged                 │
│            │ (department)      │ customer.                      │ no function of success has an  │
│            │                   │                                │ activity that fulfils it yet   │
├────────────┼───────────────────┼────────────────────────────────┼────────────────────────────────┤
│ support    │ csm               │ A clean handover, with notes,  │ unacknowledged                 │
│            │                   │ for every new customer.        │ no activity of csm fulfils it  │
│            │                   │                                │ yet                            │
└────────────┴───────────────────┴────────────────────────────────┴────────────────────────────────┘
2 dependencies: 0 acknowledged, 2 unacknowledged, 0 external, 0 unknown
`;

const CSM_IMPLICIT_TABLE = `┌────────────┬───────────────────┬────────────────────────────────┬────────────────────────────────┐
│ Function   │ Depends on        │ For                            │ Status                         │
├────────────┼───────────────────┼────────────────────────────────┼────────────────────────────────┤
│ architects │ success           │ A success plan for every       │ unacknowledged                 │
│            │ (department)      │ customer.                      │ no function of success has an  │
│            │                   │                                │ activity that fulfils it yet   │
├────────────┼───────────────────┼────────────────────────────────┼────────────────────────────────┤
│ csm        │ ops               │ What every function relies on  │ implicit                       │
│            │                   │ without listing it             │ listed in implicitProviders    │
│            │                   │ (implicitProviders in          │                                │
│            │                   │ org.yaml).                     │                                │
├────────────┼───────────────────┼────────────────────────────────┼────────────────────────────────┤
│ csm        │ product           │ Shipping the roadmap, on time. │ external                       │
│            │                   │                                │ Product "Core" & Platform is   │
│            │                   │                                │ outside this organization      │
├────────────┼───────────────────┼────────────────────────────────┼────────────────────────────────┤
│ csm        │ sales-ops         │ A renewal forecast every       │ unknown                        │
│            │                   │ quarter.                       │ "sales-ops" names no function, │
│            │                   │                                │ department or external team;   │
│            │                   │                                │ run charter lint               │
├────────────┼───────────────────┼────────────────────────────────┼────────────────────────────────┤
│ csm        │ support           │ Fixing break-fix tickets       │ acknowledged                   │
│            │                   │ within 8 business hours.       │ by support: Triage break-fix   │
│            │                   │                                │ tickets                        │
│            │                   │                                │ by support: Escalate what      │
│            │                   │                                │ cannot be fixed in a day       │
├────────────┼───────────────────┼────────────────────────────────┼────────────────────────────────┤
│ csm        │ technical         │ Configuration help "beyond"    │ acknowledged                   │
│            │ (department)      │ the statement of work | phase  │ by architects: Deliver new     │
│            │                   │ 2 & #3, <fast>                 │ configuration after onboarding │
├────────────┼───────────────────┼────────────────────────────────┼────────────────────────────────┤
│ support    │ csm               │ A clean handover, with notes,  │ unacknowledged                 │
│            │                   │ for every new customer.        │ no activity of csm fulfils it  │
│            │                   │                                │ yet                            │
└────────────┴───────────────────┴────────────────────────────────┴────────────────────────────────┘
6 dependencies: 2 acknowledged, 2 unacknowledged, 1 external, 1 unknown; plus 1 implicit
`;
