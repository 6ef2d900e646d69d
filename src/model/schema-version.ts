// Apart from report.ts so that the pipeline stamps reports without loading zod (the schemas are
// needed only to validate or describe a report, never to make one).

/** The version of the report's JSON shape; bumped whenever a field changes meaning or is removed. */
export const SCHEMA_VERSION = 4;
