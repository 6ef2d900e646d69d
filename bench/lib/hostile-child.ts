// One hostile case in its own process, so the parent can kill a hang and read this process's peak
// RSS alone: args `<case name> <bytes> [cut]` (cut: `uncut` for no article size budget in clean, a
// number for that many characters, else clean's default); prints one JSON line {ms, renderMs, rssMiB, cpuMs, timings, issues}.
import { createContext } from '../../src/model/index.ts';
import { analyze } from '../../src/pipeline.ts';
import { renderReport } from '../../src/report/index.ts';
import { HOSTILE_CASES, NORMAL_ARTICLE } from '../../test/hostile-cases.ts';

const [name, size, cut] = process.argv.slice(2);
const found = HOSTILE_CASES.find((c) => c.name === name);
if (!found || !size) throw new Error(`usage: hostile-child.ts <case> <bytes> (case "${name}" unknown)`);
const encode = (text: string) => new TextEncoder().encode(text);
const files = [
  { path: 'normal.txt', bytes: encode(NORMAL_ARTICLE) },
  { path: found.file, bytes: encode(found.make(Number(size))) },
];
// Each step's running total goes to stderr as it is recorded, so a run killed at the cap still says
// which stages had finished and how long they took.
class ReportedTimings extends Map<string, number> {
  override set(stage: string, ms: number): this {
    super.set(stage, ms);
    process.stderr.write(`timings ${JSON.stringify({ ...Object.fromEntries(this), last: stage })}\n`);
    return this;
  }
}
const timings = new ReportedTimings();
const ctx = createContext({ now: new Date('2026-01-01T00:00:00Z'), timings });
let start = performance.now();
// the time budget is off: the bench measures how long the stages take, not where they would stop
const maxChars = cut === 'uncut' ? Infinity : Number(cut) > 0 ? Number(cut) : undefined;
const options = {
  articleTimeoutMs: Infinity,
  ...(maxChars === undefined
    ? {}
    : { clean: { maxChars, ...(maxChars === Infinity ? { maxParagraphs: Infinity } : {}) } }),
};
const report = analyze(files, options, ctx);
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
    // CPU time of the whole process (every thread): what the run costs, whatever else the machine runs
    cpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
    timings: Object.fromEntries(timings),
    issues: report.issues.map((i) => i.code),
  })}\n`,
);
