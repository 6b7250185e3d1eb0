import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const HOSTILE = path.join(ROOT, 'tests/fixtures/book/hostile/charters');
const DEFECTIVE = path.join(ROOT, 'tests/golden/orgs/defective/charters');

/** A fresh working directory holding a copy of `charters`. */
function workdir(charters = HOSTILE): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'charter-book-'));
  cpSync(charters, path.join(dir, 'charters'), { recursive: true });
  return dir;
}

describe('charter book (html)', () => {
  it('writes the site to charter-book/ by default, exits 0 whatever the findings, and writes nothing else', async () => {
    const cwd = workdir(DEFECTIVE);
    const run = await runCli(['book'], { cwd });
    expect(run).toEqual({
      code: 0,
      stderr: '',
      stdout: 'Wrote charter-book/ (4 functions, 9 pages); open charter-book/index.html\n',
    });
    expect(readdirSync(cwd).sort()).toEqual(['charter-book', 'charters']);
    expect(readdirSync(path.join(cwd, 'charter-book')).sort()).toEqual([
      '.charter-book.json',
      'book.css',
      'dependencies.html',
      'findings.html',
      'functions',
      'index.html',
      'metrics.html',
      'risks.html',
    ]);
    expect(readdirSync(path.join(cwd, 'charter-book/functions')).sort()).toEqual([
      'csm.html',
      'ops.html',
      'renewals-desk.html',
      'support.html',
    ]);
    const findings = readFileSync(path.join(cwd, 'charter-book/findings.html'), 'utf8');
    expect(findings).toContain('The mission has 2 sentences');
    // community.yaml cannot be read: no page, and its findings are listed by file.
    expect(findings).toContain('<h3>charters/community.yaml</h3>');
  });

  it('escapes every charter string: a <script> in a mission is text', async () => {
    const cwd = workdir();
    expect((await runCli(['book', '--out', 'site'], { cwd })).code).toBe(0);
    const page = readFileSync(path.join(cwd, 'site/functions/csm.html'), 'utf8');
    expect(page).not.toMatch(/<script/i);
    expect(page).toContain('goals &lt;script&gt;window.__bookXss = 4&lt;/script&gt; with | pipes');
    expect(readFileSync(path.join(cwd, 'site/index.html'), 'utf8')).toContain('<h1>&lt;b&gt;Hostile&lt;/b&gt; &amp; &quot;Quoted&quot; Success</h1>');
  });

  it('draws every function in the graph, one with no dependency included, each linking to its page', async () => {
    const cwd = workdir();
    await runCli(['book', '--out', 'site'], { cwd });
    const page = readFileSync(path.join(cwd, 'site/dependencies.html'), 'utf8');
    const links = [...page.matchAll(/<a xlink:href="(functions\/[^"]+)"/g)].map((m) => m[1]).sort();
    expect(links).toEqual(['functions/csm.html', 'functions/loner.html', 'functions/support.html']);
    expect(page).not.toMatch(/https?:\/\/(?!www\.w3\.org\/)/);
  });

  it('rewrites an earlier book, removing the page of a function that is gone', async () => {
    const cwd = workdir();
    await runCli(['book', '--out', 'site'], { cwd });
    rmSync(path.join(cwd, 'charters/loner.yaml'));
    const run = await runCli(['book', '--out', 'site'], { cwd });
    expect(run.code).toBe(0);
    expect(readdirSync(path.join(cwd, 'site/functions')).sort()).toEqual(['csm.html', 'support.html']);
  });

  it('refuses an --out that holds anything but an earlier book, unless --force, and then keeps what was there', async () => {
    const cwd = workdir();
    mkdirSync(path.join(cwd, 'docs'));
    writeFileSync(path.join(cwd, 'docs/notes.md'), 'my notes');
    const refused = await runCli(['book', '--out', 'docs'], { cwd });
    expect(refused).toEqual({
      code: 2,
      stdout: '',
      stderr: 'charter: --out "docs" holds files that are not from an earlier book (notes.md); choose an empty or new directory, or add --force to write the book among them\n',
    });
    expect(readdirSync(path.join(cwd, 'docs'))).toEqual(['notes.md']);
    expect((await runCli(['book', '--out', 'docs', '--force'], { cwd })).code).toBe(0);
    expect(readFileSync(path.join(cwd, 'docs/notes.md'), 'utf8')).toBe('my notes');
    expect(existsSync(path.join(cwd, 'docs/index.html'))).toBe(true);
  });

  it('exits 2 when it cannot write: --out is a file, or there are no charters', async () => {
    const cwd = workdir();
    writeFileSync(path.join(cwd, 'taken'), 'x');
    expect(await runCli(['book', '--out', 'taken'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'charter: --out "taken" is a file, not a directory; name a directory for the book\n',
    });
    const empty = mkdtempSync(path.join(tmpdir(), 'charter-book-empty-'));
    const run = await runCli(['book'], { cwd: empty });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('charter: no "charters" directory here; run charter book <directory>, or start one with charter new <id>\n');
    expect(readdirSync(empty)).toEqual([]);
  });
});

describe('charter book --format markdown', () => {
  it('prints one document to stdout: organization, needs, mermaid graph, functions, with charter text inert', async () => {
    const cwd = workdir();
    const run = await runCli(['book', '--format', 'markdown'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const doc = run.stdout;
    expect(doc.split('\n')[0]).toBe('<!-- Written by charter book from the charters: edit the YAML files, not this document. -->');
    expect(doc).toContain('# &lt;b&gt;Hostile&lt;/b&gt; &amp; "Quoted" Success\n');
    expect(doc).toContain('```mermaid\nflowchart LR\n');
    expect(doc).toContain('fn_loner["Lone Analyst"]');
    expect(doc).toContain('> Help every customer reach its goals &lt;script&gt;window.\\_\\_bookXss = 4&lt;/script&gt; with \\| pipes and \\*stars\\* and \\[links\\]\\(http://example.com\\).');
    expect(doc).not.toMatch(/<script/i);
    expect(readdirSync(cwd)).toEqual(['charters']);
  });

  it('writes --out <file>, replaces its own earlier file, and refuses any other file unless --force', async () => {
    const cwd = workdir();
    expect(await runCli(['book', '--format', 'markdown', '--out', 'book.md'], { cwd })).toEqual({ code: 0, stdout: 'Wrote book.md.\n', stderr: '' });
    expect((await runCli(['book', '--format', 'markdown', '--out', 'book.md'], { cwd })).code).toBe(0);
    writeFileSync(path.join(cwd, 'README.md'), '# mine\n');
    expect(await runCli(['book', '--format', 'markdown', '--out', 'README.md'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'charter: --out "README.md" exists and is not a book charter wrote; choose another file, or add --force to replace it\n',
    });
    expect(readFileSync(path.join(cwd, 'README.md'), 'utf8')).toBe('# mine\n');
    expect((await runCli(['book', '--format', 'markdown', '--out', 'README.md', '--force'], { cwd })).code).toBe(0);
  });
});
