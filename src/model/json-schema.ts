import { z } from 'zod';
import { ReportSchema, SCHEMA_VERSION } from './report.ts';

/** The JSON Schema (draft 2020-12) of the report, generated from its zod schema. */
export function reportJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ReportSchema, { target: 'draft-2020-12', io: 'output' }),
    $id: `https://parallax.invalid/schema/report-v${SCHEMA_VERSION}.json`,
    title: 'Parallax report',
  };
}
