import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface Pattern {
  regexp: string;
  file?: number;
  line?: number;
  column?: number;
  severity?: number;
  message?: number;
  code?: number;
}

/** The problem matcher docs/editors.md tells people to put in .vscode/tasks.json, and its command. */
function documented(): { command: string; pattern: Pattern } {
  const doc = readFileSync(path.join(ROOT, 'docs/editors.md'), 'utf8');
  const json = /## Problems panel[\s\S]*?```json\n([\s\S]*?)```/.exec(doc)![1]!;
  const task = (JSON.parse(json) as { tasks: { command: string; problemMatcher: { pattern: Pattern } }[] }).tasks[0]!;
  return { command: task.command, pattern: task.problemMatcher.pattern };
}

/** What VS Code does with a one-line matcher: every line that matches is a problem. */
function match(output: string, pattern: Pattern): string[] {
  const found: string[] = [];
  for (const line of output.split('\n')) {
    const p = new RegExp(pattern.regexp).exec(line);
    if (p) found.push(`${p[pattern.file!]}:${p[pattern.line!]}:${p[pattern.column!]} ${p[pattern.severity!]} ${p[pattern.code!]} ${p[pattern.message!]!.slice(0, 20)}`);
  }
  return found;
}

describe('the VS Code problem matcher of docs/editors.md', () => {
  it('reads every finding of the documented command, with file, line, column, severity and rule, in a narrow terminal too', async () => {
    const { command, pattern } = documented();
    expect(command).toBe('npx charter lint --format compact');
    const run = await runCli(['lint', '--format', 'compact', 'charters/csm.yaml', 'charters/support.yaml'], {
      cwd: path.join(ROOT, 'tests/golden/orgs/defective'),
      tty: true,
      columns: 60,
    });
    expect(run.stdout.split('\n').filter((l) => l !== '')).toHaveLength(11);
    expect(match(run.stdout, pattern)).toEqual([
      'charters/csm.yaml:7:10 error mission-one-sentence The mission has 2 se',
      'charters/csm.yaml:13:5 warning metric-no-outcome Operating metric "qb',
      'charters/csm.yaml:29:25 error reference-unknown Risk "renewal" is mi',
      'charters/csm.yaml:30:5 warning risk-orphaned Risk "sentiment" has',
      'charters/csm.yaml:35:11 error dependency-unknown "suport" is not a fu',
      'charters/support.yaml:2:1 error section-missing This charter has no ',
      'charters/support.yaml:19:15 warning fulfils-stale csm\'s dependency on ',
      'charters/support.yaml:21:11 warning activity-overlap Activity "Run Quarte',
      'charters/support.yaml:24:18 warning placeholder "description" still ',
      'charters/support.yaml:30:19 error reference-unknown Risk "sla-breach" is',
      'charters/support.yaml:33:11 error dependency-self "support" is this fu',
    ]);
    expect(run.stdout).toContain(
      'charters/csm.yaml:35:11: error: "suport" is not a function, department or external team (did you mean "support"?) [dependency-unknown]\n',
    );
  });
});
