// Writes schema/report.schema.json from the zod schema; `npm run schema`. A test fails when the
// committed file differs from what this would write.
import { writeFileSync } from 'node:fs';
import { reportJsonSchema } from '../src/model/json-schema.ts';

const path = new URL('../schema/report.schema.json', import.meta.url);
writeFileSync(path, `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${path.pathname}\n`);
