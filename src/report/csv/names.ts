// The CSV tables' names alone, for the command line to check `--table` without loading the tables.

/** The tables `renderCsv` writes, in the order help and errors list them. */
export const CSV_TABLES = ['articles', 'coverage', 'quotes', 'framing', 'tone'] as const;
/** The name of one CSV table. */
export type CsvTableName = (typeof CSV_TABLES)[number];

/** Whether `name` is one of the CSV tables. */
export const isCsvTable = (name: string): name is CsvTableName =>
  (CSV_TABLES as readonly string[]).includes(name);
