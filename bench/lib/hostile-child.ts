// One hostile case in its own process, so the parent can kill a hang and read this process's peak
// RSS alone: args `<case name> <bytes>`; prints one JSON line {ms, renderMs, rssMiB, timings, issues}.
import { createContext } from '../../src/model/index.ts';
import { analyze } from '../../src/pipeline.ts';
import { renderReport } from '../../src/report/index.ts';
import { HOSTILE_CASES, NORMAL_ARTICLE } from './hostile-cases.ts';

const [name, size] = process.argv.slice(2);
const found = HOSTILE_CASES.find((c) => c.name === name);
if (!found || !size) throw new Error(`usage: hostile-child.ts <case> <bytes> (case "${name}" unknown)`);
const encode = (text: string) => new TextEncoder().encode(text);
const files = [
  { path: 'normal.txt', bytes: encode(NORMAL_ARTICLE) },
  { path: found.file, bytes: encode(found.make(Number(size))) },
];
const timings = new Map<string, number>();
const ctx = createContext({ now: new Date('2026-01-01T00:00:00Z'), timings });
let start = performance.now();
const report = analyze(files, {}, ctx);
const ms = performance.now() - start;
start = performance.now();
renderReport(report, 'json');
renderReport(report, 'md');
renderReport(report, 'html');
const renderMs = performance.now() - start;
process.stdout.write(
  `${JSON.stringify({
    ms,
    renderMs,
    rssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    timings: Object.fromEntries(timings),
    issues: report.issues.map((i) => i.code),
  })}\n`,
);
