/** The CLI's side of the manifest: choosing the file, reading it, and warning about rows that name no input. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { copiesLine, dropCopies } from '../io/copies.ts';
import { type CollectedInputs, UsageError } from '../io/files.ts';
import type { AnalyzeOptions } from '../pipeline.ts';
import type { OutletEntry } from '../stages/compare/user-files.ts';
import type { InputFile, ManifestEntry } from '../stages/ingest/index.ts';

/** What a manifest gives a run: its rows by input, and the outlet rows (with leanings) for the framing. */
export interface LoadedManifest {
  readonly byInput: ReadonlyMap<string, ManifestEntry>;
  readonly outlets: readonly {
    name: string;
    domains: string[];
    leaning: string | null;
    owner: string | null;
  }[];
}

const NAMED = 3;

/** The one warning line for the manifest's rows that name no input: the row itself, or how many and the first few. */
export function unmatchedLine(path: string, files: readonly string[]): string {
  if (files.length === 1)
    return `parallax: warning: ${path} lists ${files[0]}, which is not among the inputs\n`;
  const more = files.length > NAMED ? ` and ${files.length - NAMED} more` : '';
  return `parallax: warning: ${path}: ${files.length} rows name no input (${files.slice(0, NAMED).join(', ')}${more})\n`;
}

/** The one note for the manifest's rows naming files that exist but are not among this run's inputs. */
export function otherInputsLine(path: string, files: readonly string[], used: number): string {
  const more = files.length > NAMED ? ` and ${files.length - NAMED} more` : '';
  const rows = files.length === 1 ? '1 row is' : `${files.length} rows are`;
  return `parallax: ${path}: ${rows} for files not in this run (${files.slice(0, NAMED).join(', ')}${more}), left for them; ${used} used\n`;
}

/**
 * The run's manifest: the `--manifest` file, else the one manifest file found among the inputs (said
 * on stderr unless `quiet`; two found is a usage error). Unreadable or malformed is a usage error; the
 * rows naming no input are one warning line (`unmatchedLine`), none when `quiet`.
 */
export async function loadManifest(
  option: string | undefined,
  inputs: Pick<CollectedInputs, 'files' | 'manifests'>,
  stderr: (text: string) => void,
  quiet = false,
): Promise<LoadedManifest | undefined> {
  const found = inputs.manifests;
  if (option === undefined && found.length > 1)
    throw new UsageError(`found ${found.length} manifests (${found.join(', ')}); choose one with --manifest`);
  const path = option ?? found[0];
  if (path === undefined) return undefined;
  if (option === undefined && !quiet) stderr(`parallax: reading ${path} as the manifest of the inputs\n`);
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot read ${path}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  });
  // the parser needs zod: loaded only when a manifest is used
  const { manifestOutlets, manifestRowNames, matchManifest, parseManifest } = await import(
    '../stages/ingest/manifest.ts'
  );
  try {
    const entries = parseManifest(text);
    const paths = inputs.files.map((f) => f.path);
    const { byInput, unmatched } = matchManifest(entries, paths, dirname(path), manifestRowNames(text));
    // one line for them all: a manifest of a whole week read for one day's files named each of its
    // other rows; quiet says nothing (the inputs being a subset of the manifest's is a common run)
    // rows naming files that exist are for other runs of the same manifest (a week's, read a day at a
    // time): one calm note; rows naming no file at all may be typos: the warning
    if (unmatched.length && !quiet) {
      const files = unmatched.map((e) => e.file);
      const there = (file: string) => existsSync(resolve(dirname(path), file.replace(/#\d+$/, '')));
      const elsewhere = files.filter(there);
      if (elsewhere.length) stderr(otherInputsLine(path, elsewhere, byInput.size));
      const missing = files.filter((file) => !there(file));
      if (missing.length) stderr(unmatchedLine(path, missing));
    }
    return { byInput, outlets: manifestOutlets(entries) };
  } catch (error) {
    // every bad row, one line each ("parallax: FILE: line 3 (a.txt): …")
    const lines = (error as Error).message
      .split('\n')
      .map((line) => `${path}: ${line.replace(/^manifest: /, '')}`);
    throw new UsageError(lines.join('\nparallax: '));
  }
}

/**
 * A run's options with the manifest applied: its rows to the ingest stage, its outlets (with their
 * leanings) ahead of the user's outlet table, so the manifest's leaning wins (the table's owner stays).
 */
export function withManifest(options: AnalyzeOptions, manifest: LoadedManifest | undefined): AnalyzeOptions {
  if (!manifest) return options;
  const table = options.compare?.outlets ?? [];
  // an outlet in both keeps the table's owner and domains, with the manifest's leaning
  const same = (name: string) => table.find((row) => row.name.toLowerCase() === name.toLowerCase());
  const merged = manifest.outlets.map((o): OutletEntry => {
    const row = same(o.name);
    return row
      ? { ...o, owner: row.owner, domains: [...new Set([...o.domains, ...row.domains])], from: 'both' }
      : { ...o, from: 'manifest' };
  });
  const outlets = [...merged, ...table];
  return {
    ...options,
    ingest: { ...options.ingest, manifest: manifest.byInput },
    compare: { ...options.compare, ...(outlets.length ? { outlets } : {}) },
  };
}

/**
 * The inputs of an ingest with each byte-for-byte copy of another left out (the store keeps one
 * article of a text; the copy the manifest describes is the one read), said in one line on stderr
 * unless `quiet`.
 */
export function withoutCopies(
  files: readonly InputFile[],
  manifest: LoadedManifest | undefined,
  stderr: (text: string) => void,
  quiet = false,
): InputFile[] {
  const keys = [...(manifest?.byInput.keys() ?? [])];
  const named = (path: string) => keys.some((key) => key === path || key.startsWith(`${path}#`));
  const { files: kept, copies } = dropCopies(files, named);
  const line = copiesLine(copies);
  if (line && !quiet) stderr(`parallax: ${line}\n`);
  return kept;
}
