// The floor: reads every YAML file under a directory and parses it, nothing else.
// Usage: node bench/floor.mjs yaml|js-yaml <dir>
// Prints the number of files parsed (so that the work cannot be skipped).

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const [parser, dir] = process.argv.slice(2);
const parse =
  parser === 'yaml'
    ? (await import('yaml')).parse
    : parser === 'js-yaml'
      ? (await import('js-yaml')).load
      : undefined;
if (parse === undefined || dir === undefined) {
  console.error('usage: node bench/floor.mjs yaml|js-yaml <dir>');
  process.exit(2);
}

let files = 0;
let failed = 0;
const walk = (d) => {
  for (const entry of readdirSync(d, { withFileTypes: true })) {
    const full = path.join(d, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (/\.ya?ml$/.test(entry.name)) {
      files++;
      try {
        parse(readFileSync(full, 'utf8'));
      } catch {
        failed++; // a planted syntax defect: still parsed as far as it goes
      }
    }
  }
};
walk(dir);
console.log(`${files} files (${failed} with syntax errors)`);
