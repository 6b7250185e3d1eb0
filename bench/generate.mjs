// Generates a synthetic Customer Success organization of N function charters for the benchmark.
//
// Shape, per 10 functions: one department (every 5th one internal), each
// customer-facing department accountable for a need; charters grouped in one
// subdirectory per department; each charter about the size of the sample org's
// (4 to 5 KB, with comments), with metrics, cost metrics, nested activities,
// risks pointing at the org's register, 2 to 4 dependencies on functions,
// departments and external teams, most of them acknowledged by `fulfils`.
// About 1 charter in 50 carries a defect (a typo key, an unknown team, a
// two-sentence mission, a missing section, a TODO, a broken YAML line, a metric
// with no outcome...), so that
// every stage of lint has work to do. The departments nest (`parent`, six
// sub-departments each: four levels at 2,000 functions), each led by a leader
// who reports to the leader of the parent department, up to one chief executive;
// every function has a kind and a headcount. Deterministic: same N, same files.
//
// Usage: node bench/generate.mjs <count> <out-dir>

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Bump when the generated files change, so that cached orgs are regenerated. */
export const GENERATOR_VERSION = 5;

const FUNCTIONS_PER_DEPARTMENT = 10;
/** Sub-departments per department: 1 + 6 + 36 + 216 departments make four levels. */
const SUB_DEPARTMENTS = 6;
const KINDS = ['csm', 'scaled-csm', 'digital', 'renewals', 'support', 'professional-services', 'implementation', 'education', 'operations', 'enablement', 'product-success', 'other'];
const EXTERNAL_TEAMS = ['product', 'engineering', 'sales', 'marketing', 'finance', 'legal', 'it', 'product-education'];
const OUTCOMES = ['renewal', 'expansion', 'new-business'];
const VERBS = ['Run', 'Review', 'Prepare', 'Track', 'Lead', 'Coordinate', 'Publish', 'Deliver', 'Audit', 'Plan'];
const OBJECTS = ['business reviews', 'success plans', 'health scores', 'renewal forecasts', 'training sessions', 'escalations', 'playbooks', 'adoption reports', 'handoff notes', 'executive briefings'];
const CUSTOMERS = ['customers', 'clients', 'users'];
const WORDS = ['clients', 'customers', 'accounts', 'administrators', 'sponsors', 'users', 'champions', 'partners'];

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n, width) => String(n).padStart(width, '0');

/**
 * Writes the org into `outDir` (emptied first): `org.yaml` and `<department>/<function>.yaml`.
 * @returns the number of files written and of planted defects.
 */
export function generateOrg(count, outDir) {
  const rand = random(count * 7919 + 17);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const width = String(count).length;
  const departmentCount = Math.max(1, Math.ceil(count / FUNCTIONS_PER_DEPARTMENT));
  const departments = Array.from({ length: departmentCount }, (_, d) => ({
    id: `dept-${pad(d, width)}`,
    internal: d % 5 === 4,
  }));
  departments.forEach((d, i) => {
    if (i > 0) d.parent = departments[Math.floor((i - 1) / SUB_DEPARTMENTS)];
  });
  const functions = Array.from({ length: count }, (_, i) => ({
    id: `fn-${pad(i, width)}`,
    department: departments[Math.floor(i / FUNCTIONS_PER_DEPARTMENT)],
    dependencies: [],
    fulfils: [],
  }));
  const registerRisks = Array.from({ length: Math.max(10, Math.ceil(count / 20)) }, (_, r) => `register-risk-${pad(r, width)}`);

  // Dependencies: on a function of another department,
  // on a department, on an external team; 19 in 20 are acknowledged by a `fulfils`.
  for (const [i, fn] of functions.entries()) {
    const n = 2 + Math.floor(rand() * 3);
    for (let k = 0; k < n; k++) {
      const depId = `dep-${k + 1}`;
      const roll = rand();
      if (roll < 0.5 && count > FUNCTIONS_PER_DEPARTMENT) {
        let j = Math.floor(rand() * count);
        if (functions[j].department === fn.department) j = (j + FUNCTIONS_PER_DEPARTMENT) % count;
        fn.dependencies.push({ id: depId, team: functions[j].id });
        if (rand() < 0.95) functions[j].fulfils.push(`${fn.id}/${depId}`);
      } else if (roll < 0.8) {
        const dept = pick(departments);
        fn.dependencies.push({ id: depId, team: dept.id });
        const first = functions[departments.indexOf(dept) * FUNCTIONS_PER_DEPARTMENT];
        if (first !== undefined && first !== fn && rand() < 0.95) first.fulfils.push(`${fn.id}/${depId}`);
      } else {
        fn.dependencies.push({ id: depId, team: pick(EXTERNAL_TEAMS) });
      }
    }
    void i;
  }

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'org.yaml'), orgYaml(count, departments, registerRisks));
  const defects = {};
  for (const [i, fn] of functions.entries()) {
    const defect = i % 50 === 7 ? DEFECTS[Math.floor(i / 50) % DEFECTS.length] : undefined;
    if (defect !== undefined) defects[defect] = (defects[defect] ?? 0) + 1;
    const dir = path.join(outDir, fn.department.id);
    if (i % FUNCTIONS_PER_DEPARTMENT === 0) mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `${fn.id}.yaml`), charterYaml(fn, i, rand, pick, registerRisks, defect));
  }
  return { files: count + 1, defects };
}

const DEFECTS = ['typo-key', 'unknown-team', 'two-sentences', 'missing-cost', 'todo', 'broken-yaml', 'self-dependency', 'unknown-mitigation', 'no-outcome'];

function orgYaml(count, departments, registerRisks) {
  const lines = [
    '# yaml-language-server: $schema=../schemas/org.schema.json',
    `# A synthetic organization of ${count} functions, generated by bench/generate.mjs.`,
    `name: Synthetic Customer Success ${count}`,
    'definition: Customer success is the goal of every post-sales function here.',
    'executiveSponsor: ceo',
    '',
    'leaders:',
    '  - { id: ceo, title: Chief Executive Officer }',
  ];
  for (const d of departments) lines.push(`  - { id: lead-${d.id}, title: Head of ${d.id}, reportsTo: ${d.parent === undefined ? 'ceo' : `lead-${d.parent.id}`} }`);
  lines.push('', 'customerNeeds:');
  for (const d of departments) if (!d.internal) lines.push(`  - id: need-${d.id}`, `    name: The need that ${d.id} answers`);
  lines.push('', 'departments:');
  for (const d of departments) {
    lines.push(`  - id: ${d.id}`, `    name: Department ${d.id.slice(5)}`);
    lines.push(d.internal ? '    internal: true' : `    need: need-${d.id}`, `    lead: lead-${d.id}`);
    if (d.parent !== undefined) lines.push(`    parent: ${d.parent.id}`);
  }
  lines.push('', 'externalTeams:');
  for (const t of EXTERNAL_TEAMS) lines.push(`  - id: ${t}`, `    name: ${t[0].toUpperCase()}${t.slice(1).replace('-', ' ')}`);
  lines.push('', 'risks:');
  for (const r of registerRisks) lines.push(`  - id: ${r}`, `    name: Risk ${r.slice(14)}`, '    description: Something that can go wrong across the organization.');
  return `${lines.join('\n')}\n`;
}

function charterYaml(fn, i, rand, pick, registerRisks, defect) {
  const who = pick(CUSTOMERS);
  const mission =
    defect === 'two-sentences'
      ? `Help our ${who} reach the outcomes they bought the product for. We also run the quarterly reviews.`
      : `Help our ${who} reach the outcomes they bought the product for, with a clear return on what they invested.`;
  const lines = [
    '# yaml-language-server: $schema=../../schemas/charter.schema.json',
    `# ${fn.id}: a synthetic function of ${fn.department.id}. The text is filler of`,
    '# realistic length; the structure is what the benchmark is about.',
    `id: ${fn.id}`,
    `name: Function ${fn.id.slice(3)}`,
    `department: ${fn.department.id}`,
    `owner: ${defect === 'todo' ? 'TODO' : `lead-${fn.department.id}`}`,
    `kind: ${KINDS[i % KINDS.length]}`,
    `headcount: ${1 + (i % 8)}`,
    '',
    '# One sentence, about a need of the customer.',
    `${defect === 'typo-key' ? 'mision' : 'mission'}: ${mission}`,
    '',
    'operatingMetrics:',
  ];
  const metricCount = 4 + Math.floor(rand() * 4);
  for (let m = 0; m < metricCount; m++) {
    lines.push(
      `  - id: metric-${m + 1}`,
      `    name: ${pick(VERBS)} ${pick(OBJECTS)} scorecard ${m + 1}`,
      `    description: Net number of ${who} whose ${pick(OBJECTS)} moved into Green or Lime this quarter.`,
    );
    if (!(defect === 'no-outcome' && m === 3)) lines.push(`    outcome: ${OUTCOMES[m % 3]}`);
    if (m === 0) lines.push('    target: "+15 per quarter"');
    if (m === 5) lines.push('    status: wip');
  }
  if (defect !== 'missing-cost') {
    lines.push(
      '',
      'costMetrics:',
      `  - name: Fully loaded cost of ${fn.id} per dollar of ARR managed`,
      '    description: Salaries, tools and travel divided by the recurring revenue of the accounts served.',
      '    leading:',
      `      - name: Accounts per person`,
      `      - name: Hours per ${pick(OBJECTS).replace(/s$/, '')}`,
    );
  }
  lines.push('', '# What the function does; nested activities break the larger ones down.', 'activities:');
  const activityCount = 4 + Math.floor(rand() * 3);
  const fulfils = [...fn.fulfils];
  const perActivity = Math.ceil(fulfils.length / activityCount);
  for (let a = 0; a < activityCount; a++) {
    lines.push(
      `  - id: activity-${a + 1}`,
      `    name: ${pick(VERBS)} ${pick(OBJECTS)} for ${fn.id} ${a + 1}`,
      `    description: Every ${pick(['week', 'month', 'quarter'])}, with the ${pick(WORDS)} who asked for it and the teams that help.`,
    );
    const mine = fulfils.splice(0, perActivity);
    if (mine.length > 0) lines.push(`    fulfils: [${mine.join(', ')}]`);
    if (a % 2 === 0) {
      lines.push(
        '    activities:',
        `      - id: activity-${a + 1}-prepare`,
        `        name: Prepare the ${pick(OBJECTS)} of ${fn.id} ${a + 1}`,
        `      - id: activity-${a + 1}-follow-up`,
        `        name: Follow up on the ${pick(OBJECTS)} of ${fn.id} ${a + 1}`,
      );
    }
  }
  lines.push('', 'risks:');
  const riskCount = 2 + Math.floor(rand() * 2);
  for (let r = 0; r < riskCount; r++) {
    const mitigation = defect === 'unknown-mitigation' && r === 0 ? 'activity-99' : `activity-${r + 1}`;
    lines.push(
      `  - id: risk-${r + 1}`,
      `    name: ${pick(OBJECTS)} risk ${r + 1}`,
      `    description: The ${pick(WORDS)} may not renew, or may renew for less, when ${pick(OBJECTS)} slip.`,
      `    ref: ${registerRisks[(i * 3 + r) % registerRisks.length]}`,
      `    mitigatedBy: [${mitigation}]`,
      '    monitoredBy: [metric-1]',
    );
  }
  lines.push('', '# What this function expects of other teams.', 'dependencies:');
  const deps = defect === 'unknown-team' ? [...fn.dependencies, { id: 'dep-x', team: 'no-such-team' }] : fn.dependencies;
  const all = defect === 'self-dependency' ? [...deps, { id: 'dep-self', team: fn.id }] : deps;
  for (const d of all) {
    lines.push(`  - id: ${d.id}`, `    team: ${d.team}`, `    for: The ${pick(OBJECTS)} that our ${pick(WORDS)} need, on time and complete.`);
  }
  if (defect === 'broken-yaml') lines.push('  - id: broken', '    team: [unclosed');
  return `${lines.join('\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2]);
  const out = process.argv[3];
  if (!Number.isInteger(count) || count < 1 || out === undefined) {
    console.error('usage: node bench/generate.mjs <count> <out-dir>');
    process.exit(2);
  }
  const { files, defects } = generateOrg(count, out);
  console.log(`${files} files in ${out}; defects: ${JSON.stringify(defects)}`);
}
