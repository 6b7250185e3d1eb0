/**
 * The library entry point as a user gets it: the built package is packed (npm pack),
 * installed into a scratch project in a temporary directory, and imported there by
 * name (`import { lint } from 'charter'`), from JavaScript and from TypeScript.
 * Needs the build (`npm test` builds first).
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const ORG = path.join(ROOT, 'tests/golden/orgs/defective');
const TSC = path.join(ROOT, 'node_modules/typescript/bin/tsc');

let scratch: string;
let app: string;

beforeAll(async () => {
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'charter-package-'));
  app = path.join(scratch, 'app');
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', scratch], { cwd: ROOT });
  const tarball = path.join(scratch, stdout.trim().split('\n').pop()!);
  await fs.mkdir(app);
  await fs.writeFile(path.join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  // --offline: the dependencies are those npm ci put in the cache; a test never depends on the network.
  await run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--silent', tarball], { cwd: app });
}, 120_000);

afterAll(async () => {
  await fs.rm(scratch, { recursive: true, force: true });
});

/** Runs a module in the scratch project and returns what it printed. */
async function node(file: string, source: string): Promise<string> {
  await fs.writeFile(path.join(app, file), source);
  return (await run(process.execPath, [file], { cwd: app })).stdout;
}

describe("import { lint } from 'charter' in another project", () => {
  it('resolves to exactly what charter lint --format json prints', async () => {
    const printed = await node('lint.mjs', `import { lint } from 'charter';\nconsole.log(JSON.stringify(await lint({ cwd: ${JSON.stringify(ORG)} })));\n`);
    const cli = await runCli(['lint', '--format', 'json'], { cwd: ORG });
    expect(JSON.parse(printed)).toEqual(JSON.parse(cli.stdout));
    expect(JSON.parse(printed).findings.length).toBeGreaterThan(0);
  });

  it('takes paths relative to cwd, and reports on those files only', async () => {
    const printed = await node(
      'paths.mjs',
      `import { lint } from 'charter';\nconsole.log(JSON.stringify(await lint({ cwd: ${JSON.stringify(ORG)}, paths: ['charters/csm.yaml'] })));\n`,
    );
    const cli = await runCli(['lint', '--format', 'json', 'charters/csm.yaml'], { cwd: ORG });
    expect(JSON.parse(printed)).toEqual(JSON.parse(cli.stdout));
    expect(JSON.parse(printed).summary.files).toBe(1);
  });

  it('rejects with a UserError, one line for the user, when a path does not exist', async () => {
    const printed = await node(
      'error.mjs',
      `import { lint, UserError } from 'charter';\ntry { await lint({ cwd: ${JSON.stringify(ORG)}, paths: ['nope'] }); } catch (e) { console.log(e instanceof UserError, e.message); }\n`,
    );
    expect(printed).toMatch(/^true nope/);
  });

  it('ships type declarations that TypeScript checks against', async () => {
    await fs.writeFile(
      path.join(app, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, types: [] }, files: ['use.ts'] }),
    );
    const good = "import { lint, type JsonReport } from 'charter';\nconst report: JsonReport = await lint({ cwd: '.', paths: ['charters'] });\nexport const first: string | undefined = report.findings[0]?.messageId;\n";
    await fs.writeFile(path.join(app, 'use.ts'), good);
    await run(process.execPath, [TSC, '-p', '.'], { cwd: app });
    await fs.writeFile(path.join(app, 'use.ts'), `${good}export const wrong: string = report.summary.errors;\n`);
    await expect(run(process.execPath, [TSC, '-p', '.'], { cwd: app })).rejects.toMatchObject({ stdout: expect.stringContaining("Type 'number' is not assignable to type 'string'") });
  });
});
