/**
 * `charter lint --fix`: each safe fix and each suggestion on files with comments and odd
 * formatting, comparing the whole fixed file; the dry run; what is reported after.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../helpers/cli.js';
import { charterYaml } from '../helpers/org.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Writes the files to charters/ of a new directory. */
function org(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'charter-fix-'));
  dirs.push(dir);
  mkdirSync(path.join(dir, 'charters'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, 'charters', name), text);
  return dir;
}

function read(dir: string, name: string): string {
  return readFileSync(path.join(dir, 'charters', name), 'utf8');
}

async function lint(dir: string, ...args: string[]): Promise<CliRun> {
  return runCli(['lint', ...args], { cwd: dir });
}

/** A second charter that depends on nothing, for teams to name. */
const SUPPORT = charterYaml('support', '', 'technical-success');

describe('unused-suppression: the comment, or the rule id, is removed', () => {
  it('removes a stale comment on a line of its own, line and all', async () => {
    const dir = org({
      'csm.yaml': charterYaml('csm').replace(
        'risks:\n',
        'risks:\n\n    # charter-disable-next-line placeholder -- the owner is named at the QBR\n  - id: churn\n    name:   "Churn"   # odd spacing stays\n    mitigatedBy: [reviews]\n',
      ),
    });
    const run = await lint(dir, '--fix');
    expect(run.stdout).toContain('No problems found');
    expect(read(dir, 'csm.yaml')).toBe(charterYaml('csm').replace('risks:\n', 'risks:\n\n  - id: churn\n    name:   "Churn"   # odd spacing stays\n    mitigatedBy: [reviews]\n'));
  });

  it('removes a stale comment at the end of a line, and the spaces before it', async () => {
    const dir = org({ 'csm.yaml': charterYaml('csm').replace('department: client-outcomes\n', "department: client-outcomes   # charter-disable-file placeholder -- 'TBD' is agreed\n") });
    await lint(dir, '--fix');
    expect(read(dir, 'csm.yaml')).toBe(charterYaml('csm'));
  });

  it('removes only the rule that suppressed nothing, with its comma', async () => {
    const text = charterYaml('csm').replace(
      'costMetrics:\n  - name: Cost per dollar of ARR managed\n',
      'costMetrics:\n  #   charter-disable-next-line   metric-no-outcome ,placeholder -- finance sets it in Q3\n  - name: TBD\n',
    );
    const dir = org({ 'csm.yaml': text });
    const run = await lint(dir, '--fix');
    expect(run.code).toBe(0);
    expect(read(dir, 'csm.yaml')).toBe(text.replace('metric-no-outcome ,', ''));
  });
});

describe('fulfils-stale: an entry that acknowledges nothing is removed', () => {
  const csm = (fulfils: string) =>
    charterYaml('csm').replace('    name: Run business reviews for csm\n', `    name: Run business reviews for csm\n${fulfils}`);

  it('removes the lines of an item of a block list; an item with a comment of its own stays', async () => {
    const dir = org({
      'csm.yaml': csm('    fulfils:\n        # who gets what\n        - support      # kept: a comment is on its line\n        - "support"\n        - onboarding\n'),
      'support.yaml': SUPPORT,
      'onboarding.yaml': charterYaml('onboarding', 'x-team: keep\n').replace('dependencies: []\n', 'dependencies:\n  - team: csm\n    for: Takes over each client after onboarding.\n'),
    });
    const run = await lint(dir, '--fix');
    expect(read(dir, 'csm.yaml')).toBe(csm('    fulfils:\n        # who gets what\n        - support      # kept: a comment is on its line\n        - onboarding\n'));
    // What is left is reported: the entry the fix would not take away with its comment.
    expect(run.stdout).toContain('"support" has no dependency on "csm"');
    expect(run.stdout).not.toContain('fixable');
  });

  it('removes an item of a flow list with its comma, and a lone entry with its key', async () => {
    const dir = org({
      'csm.yaml': csm('    fulfils: [ support ,  onboarding ]\n').replace('  - id: reviews\n', '  - id: calls\n    name: Calls\n    fulfils:\n      - support\n  - id: reviews\n'),
      'support.yaml': SUPPORT,
      'onboarding.yaml': charterYaml('onboarding').replace('dependencies: []\n', 'dependencies:\n  - team: csm\n    for: Takes over each client after onboarding.\n'),
    });
    const run = await lint(dir, '--fix');
    expect(run.code).toBe(0);
    expect(read(dir, 'csm.yaml')).toBe(csm('    fulfils: [ onboarding ]\n').replace('  - id: reviews\n', '  - id: calls\n    name: Calls\n  - id: reviews\n'));
  });
});

describe('id-matches-filename: the id becomes the file name', () => {
  it('changes a quoted id inside its quotes, keeping the comment', async () => {
    const text = charterYaml('support').replace('id: support\n', "id: 'support-desk'    # renamed in March\n");
    const dir = org({ 'support.yaml': text });
    await lint(dir, '--fix');
    expect(read(dir, 'support.yaml')).toBe(text.replace("'support-desk'", "'support'"));
  });

  it('leaves the id when another charter names it: the file may be the one to rename', async () => {
    const text = charterYaml('support').replace('id: support\n', 'id: support-desk\n');
    const csm = charterYaml('csm').replace('dependencies: []\n', 'dependencies:\n  - team: support-desk\n    for: Answers within a day.\n');
    const dir = org({ 'support.yaml': text, 'csm.yaml': csm });
    const run = await lint(dir, '--fix');
    expect(run.code).toBe(1);
    expect(read(dir, 'support.yaml')).toBe(text);
    expect(run.stdout).not.toContain('fixable');
  });
});

describe('schema: a misspelt key with one close valid key, an id in another case', () => {
  it('renames the key, keeping its value, quotes and comment', async () => {
    const text = charterYaml('csm')
      .replace('mission: ', 'mision:    ')
      .replace('    outcome: renewal\n', '    outcome: renewal\n    "nmae": x   # typo\n');
    const dir = org({ 'csm.yaml': text });
    const run = await lint(dir, '--fix');
    expect(read(dir, 'csm.yaml')).toBe(text.replace('mision:', 'mission:'));
    // "name" was there already: renaming "nmae" would make a duplicate key.
    expect(run.stdout).toContain('"nmae" is not a key');
  });

  it('leaves a key with two close valid keys for a person', async () => {
    const text = charterYaml('csm').replace('dependencies: []\n', 'dependencies: []\nrisk: []\n');
    const dir = org({ 'csm.yaml': text });
    await lint(dir, '--fix');
    expect(read(dir, 'csm.yaml')).toBe(text);
  });

  it('kebab-cases an id that names an existing one but for case or separators', async () => {
    const text = charterYaml('csm')
      .replace('id: csm\n', 'id: CSM\n')
      .replace('mitigatedBy: [reviews]', 'mitigatedBy: [ "Reviews" ]')
      .replace('dependencies: []\n', 'dependencies:\n  - team: Support   # the help desk\n    for: Answers within a day.\n  - team: Help_Desk\n    for: Answers at night.\n');
    const dir = org({ 'csm.yaml': text, 'support.yaml': SUPPORT.replace('dependencies: []\n', 'dependencies: []\n').replace('    name: Run business reviews for support\n', '    name: Run business reviews for support\n    fulfils: [csm]\n') });
    const run = await lint(dir, '--fix');
    // Help_Desk names nothing that exists: it is left for a person.
    expect(read(dir, 'csm.yaml')).toBe(
      text.replace('id: CSM', 'id: csm').replace('"Reviews"', '"reviews"').replace('team: Support', 'team: support'),
    );
    expect(run.stdout).toContain('"Help_Desk" is not a valid id');
  });
});

describe('suggestions: applied only with --fix-suggestions', () => {
  const text = charterYaml('csm')
    .replace('mitigatedBy: [reviews]', 'mitigatedBy:\n      - review   # the QBRs')
    .replace('dependencies: []\n', 'dependencies:\n  - team: suport\n    for: Answers within a day.\n');

  it('--fix leaves a did-you-mean alone', async () => {
    const dir = org({ 'csm.yaml': text, 'support.yaml': SUPPORT });
    await lint(dir, '--fix');
    expect(read(dir, 'csm.yaml')).toBe(text);
  });

  it('--fix --fix-suggestions changes a team and a mitigatedBy to the one near id', async () => {
    const dir = org({ 'csm.yaml': text, 'support.yaml': SUPPORT });
    await lint(dir, '--fix', '--fix-suggestions');
    expect(read(dir, 'csm.yaml')).toBe(text.replace('- review ', '- reviews ').replace('team: suport', 'team: support'));
  });

  it('--format json gives the suggestions with their edits', async () => {
    const dir = org({ 'csm.yaml': text, 'support.yaml': SUPPORT });
    const json = JSON.parse((await lint(dir, '--format', 'json')).stdout) as { findings: { rule: string; suggestions?: unknown }[] };
    const at = text.indexOf('suport');
    expect(json.findings.find((f) => f.rule === 'dependency-unknown')?.suggestions).toEqual([
      { desc: 'Change "suport" to "support"', fix: { range: [at, at + 'suport'.length], text: 'support' } },
    ]);
  });
});

describe('the run', () => {
  const text = charterYaml('csm').replace('mission: ', 'mision: ');

  it('--fix-dry-run prints a unified diff and writes nothing', async () => {
    const dir = org({ 'csm.yaml': text });
    const run = await lint(dir, '--fix-dry-run');
    expect(run.stdout).toBe('--- a/charters/csm.yaml\n+++ b/charters/csm.yaml\n@@ -1,7 +1,7 @@\n id: csm\n name: csm team\n department: client-outcomes\n-mision: Help every customer reach the outcomes they bought the product for.\n+mission: Help every customer reach the outcomes they bought the product for.\n operatingMetrics:\n   - id: habits\n     name: Habits scorecard\n');
    expect(run.stderr).toBe('charter: 1 fix in 1 file; --fix-dry-run wrote nothing\n');
    expect(run.code).toBe(0);
    expect(read(dir, 'csm.yaml')).toBe(text);
  });

  it('the report says how many problems --fix would fix; json counts them and gives each fix', async () => {
    const dir = org({ 'csm.yaml': text });
    const run = await lint(dir);
    expect(run.code).toBe(1);
    // The misspelt key alone: the missing mission it hides is not a second problem.
    expect(run.stdout).toContain('✖ 1 problem (1 error, 0 warnings)\n  1 problem fixable with --fix\n');
    const json = JSON.parse((await lint(dir, '--format', 'json')).stdout) as { findings: { fix?: unknown }[]; summary: { fixable?: number } };
    expect(json.summary.fixable).toBe(1);
    const at = text.indexOf('mision');
    expect(json.findings.map((f) => f.fix).filter(Boolean)).toEqual([{ range: [at, at + 6], text: 'mission' }]);
  });

  it('SARIF gives a fix as a replacement of characters', async () => {
    const dir = org({ 'csm.yaml': text });
    const sarif = JSON.parse((await lint(dir, '--format', 'sarif')).stdout) as { runs: { results: { ruleId: string; fixes?: unknown }[] }[] };
    const at = text.indexOf('mision');
    expect(sarif.runs[0]!.results.find((r) => r.ruleId === 'schema')?.fixes).toEqual([
      {
        description: { text: 'Safe fix (charter lint --fix)' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'charters/csm.yaml', uriBaseId: '%SRCROOT%' },
            replacements: [{ deletedRegion: { charOffset: at, charLength: 6 }, insertedContent: { text: 'mission' } }],
          },
        ],
      },
    ]);
  });

  it('--fix writes, says what it fixed, lints again and exits by what is left', async () => {
    const dir = org({ 'csm.yaml': text });
    const run = await lint(dir, '--fix');
    expect(run.stderr).toBe('charter: fixed charters/csm.yaml (1 fix)\n');
    expect(run.stdout).toContain('No problems found in 1 charter');
    expect(run.code).toBe(0);
  });

  it('--fix on one named file fixes only that file', async () => {
    const dir = org({ 'csm.yaml': text, 'support.yaml': SUPPORT.replace('mission: ', 'mision: ') });
    await lint(dir, '--fix', 'charters/csm.yaml');
    expect(read(dir, 'csm.yaml')).toBe(text.replace('mision', 'mission'));
    expect(read(dir, 'support.yaml')).toBe(SUPPORT.replace('mission: ', 'mision: '));
  });

  it('keeps a byte-order mark and Windows line ends', async () => {
    const crlf = text.replace(/\n/g, '\r\n');
    const dir = org({ 'csm.yaml': `\ufeff${crlf}` });
    await lint(dir, '--fix');
    expect(read(dir, 'csm.yaml')).toBe(`\ufeff${crlf.replace('mision', 'mission')}`);
  });

  it('refuses what cannot go together', async () => {
    const dir = org({ 'csm.yaml': text });
    expect((await lint(dir, '--fix', '--fix-dry-run')).stderr).toContain('give one of them');
    expect((await lint(dir, '--fix-suggestions')).stderr).toContain('--fix-suggestions goes with --fix or --fix-dry-run');
    expect((await lint(dir, '--fix', '--suppress-all')).code).toBe(2);
    expect((await lint(dir, '--fix', '--since', 'HEAD')).code).toBe(2);
    const stdin = await runCli(['lint', '--fix', '--stdin-filename', 'charters/csm.yaml', '-'], { cwd: dir, stdin: text });
    expect(stdin.stderr).toContain('use --fix-dry-run');
    expect(read(dir, 'csm.yaml')).toBe(text);
  });
});
