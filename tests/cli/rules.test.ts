import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/rules/index.js';
import { runCli } from '../helpers/cli.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PROJECT = path.resolve(import.meta.dirname, '../fixtures/config/project');

interface Row {
  id: string;
  severity: string;
  defaultSeverity: string;
  canBeTurnedOff: boolean;
  options: Record<string, unknown> | null;
  description: string;
  docs: string;
}

/** The cells of the table row of one rule (the first line of a wrapped row). */
function cellsOf(table: string, id: string): string[] {
  const line = table.split('\n').find((l) => l.startsWith(`│ ${id} `));
  expect(line, id).toBeDefined();
  return line!.split('│').slice(1, -1).map((c) => c.trim());
}

describe('charter rules', () => {
  it('lists every rule in index order with its default severity, options and docs page (json)', async () => {
    const run = await runCli(['rules', '--format', 'json'], { cwd: ROOT });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const rows = JSON.parse(run.stdout) as Row[];
    expect(rows.map((r) => r.id)).toEqual(rules.map((r) => r.meta.id));
    for (const [i, row] of rows.entries()) {
      const meta = rules[i]!.meta;
      expect(row).toEqual({
        id: meta.id,
        severity: meta.defaultSeverity,
        defaultSeverity: meta.defaultSeverity,
        canBeTurnedOff: !meta.fixedSeverity,
        options: meta.options?.defaults ?? null,
        description: meta.description,
        docs: expect.stringMatching(new RegExp(`/docs/rules/${meta.id}\\.md$`)),
      });
    }
  });

  it('shows a table, and says where the severities come from', async () => {
    const run = await runCli(['rules'], { cwd: ROOT, columns: 120 });
    expect(run.code).toBe(0);
    expect(cellsOf(run.stdout, 'schema').slice(0, 2)).toEqual(['schema', 'error (always)']);
    expect(cellsOf(run.stdout, 'unused-suppression').slice(0, 2)).toEqual(['unused-suppression', 'warn']);
    expect(run.stdout).toMatch(/\n\d+ rules; default severities \(no charter\.config\.yaml here\)\. Each rule's page: docs\/rules\/<rule>\.md\n$/);
    expect(run.stdout.split('\n').every((l) => l.length <= 120)).toBe(true);
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('shows the severities of charter.config.yaml, with the default beside a changed one', async () => {
    const run = await runCli(['rules'], { cwd: PROJECT });
    expect(cellsOf(run.stdout, 'activity-overlap').slice(0, 2)).toEqual(['activity-overlap', 'off (default warn)']);
    expect(cellsOf(run.stdout, 'unused-suppression').slice(0, 2)).toEqual(['unused-suppression', 'error (default warn)']);
    expect(run.stdout).toContain('rules; severities and options from charter.config.yaml.');
    const json = JSON.parse((await runCli(['rules', '-f', 'json', '--config', 'strict.yaml'], { cwd: PROJECT })).stdout) as Row[];
    expect(json.find((r) => r.id === 'activity-overlap')).toMatchObject({ severity: 'error', defaultSeverity: 'warn' });
  });

  it('describes a rule as its options make it, not as its defaults do', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'charter-rules-'));
    await writeFile(
      path.join(dir, 'charter.config.yaml'),
      'rules:\n  metrics-mostly-nonfinancial: [warn, { maxShare: 0.3 }]\n  placeholder: [warn, { words: [TODO, XXX] }]\n',
    );
    const json = JSON.parse((await runCli(['rules', '-f', 'json'], { cwd: dir })).stdout) as Row[];
    const description = (id: string): string | undefined => json.find((r) => r.id === id)?.description;
    expect(description('metrics-mostly-nonfinancial')).toBe('More than 30% of the operating metrics are financial.');
    expect(description('placeholder')).toBe('A value still holds TODO or XXX.');
    // Defaults: the description of the docs.
    expect(description('mission-customer-focused')).toBe(rules.find((r) => r.meta.id === 'mission-customer-focused')!.meta.description);
  });

  it('a bad configuration is exit 2 with file:line:column', async () => {
    const run = await runCli(['rules', '--config', 'broken.yaml'], { cwd: PROJECT });
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'charter: broken.yaml:2:3: "placholder" is not a rule; did you mean "placeholder"?\n' });
  });
});
