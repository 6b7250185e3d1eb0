// Preloaded into a measured child (`node --import bench/report-usage.mjs ...`) where /usr/bin/time
// is missing: on exit, writes the child's own resource usage (peak memory, CPU time) to the file
// named by CHARTER_BENCH_USAGE_FILE.

import { writeFileSync } from 'node:fs';

const file = process.env.CHARTER_BENCH_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRSS, userCPUTime, systemCPUTime }));
  });
}
