import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { charterYaml, lintFiles } from './helpers/org.js';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ORG = `name: Acme
executiveSponsor: CCO
customerNeeds:
  - id: outcomes
    name: Outcomes
departments:
  - id: client-outcomes
    name: Client Outcomes
    need: outcomes
`;

describe('rules stay quiet where the schema already spoke', () => {
  it('risk-orphaned: a mitigatedBy whose entries the schema rejected', () => {
    const yaml = charterYaml('csm').replace('mitigatedBy: [reviews]', 'mitigatedBy: [Reviews]');
    expect(lintFiles({ 'csm.yaml': yaml }).map((f) => f.rule)).toEqual(['schema']);
  });

  it('risk-orphaned: still reports an empty mitigatedBy', () => {
    const yaml = charterYaml('csm').replace('mitigatedBy: [reviews]', 'mitigatedBy: []');
    expect(lintFiles({ 'csm.yaml': yaml }).map((f) => f.rule)).toEqual(['risk-orphaned']);
  });

  it('department-empty: a charter whose department was rejected counts for the nearest department', () => {
    const yaml = charterYaml('csm', '', 'ClientOutcomes');
    expect(lintFiles({ 'org.yaml': ORG, 'csm.yaml': yaml }).map((f) => [f.file, f.rule])).toEqual([['charters/csm.yaml', 'schema']]);
  });
});

describe('user text in messages', () => {
  it('activity-overlap cuts a very long activity name', () => {
    const long = `Run ${'very '.repeat(2000)}long reviews`;
    const a = charterYaml('csm').replace('name: Run business reviews for csm', `name: ${long}`);
    const b = charterYaml('support', '', 'client-outcomes').replace('name: Run business reviews for support', `name: ${long}`);
    const overlap = lintFiles({ 'csm.yaml': a, 'support.yaml': b }).find((f) => f.rule === 'activity-overlap');
    expect(overlap?.message).toMatch(/^Activity "Run very very .{40,60}\.\.\." is also an activity of "csm"/);
    expect(overlap!.message.length).toBeLessThan(300);
  });

  it('stylish output never passes control characters from a file to the terminal', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'charter-ctl-'));
    mkdirSync(path.join(dir, 'charters'));
    writeFileSync(path.join(dir, 'charters', 'csm.yaml'), charterYaml('csm').replace('dependencies: []', 'dependencies:\n  - team: "x\\e[31mred"\n    for: y'));
    const run = await runCli(['lint'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).toContain('\\u001b[31m');
  });
});
