import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { reportJsonSchema } from '../src/model/json-schema.ts';
import { cli, tempDir } from './cli-harness.ts';

const SCHEMA_FILE = new URL('../schema/report.schema.json', import.meta.url);

test('the committed JSON Schema is the one generated from the zod schema (npm run schema)', () => {
  assert.deepEqual(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')), reportJsonSchema());
});

test('analyze --format json validates against schema/report.schema.json, and a broken report does not', async () => {
  const dir = tempDir();
  writeFileSync(
    join(dir, 'a.txt'),
    'Dam inspection finds cracks\n\nInspectors found two cracks in the Old Mill dam on Friday, the water board said.\n\n“We will repair them before the rains,” said engineer Dana Whit.',
  );
  const run = await cli(['analyze', dir, '--format', 'json']);
  assert.equal(run.status, 0, run.stderr);
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));
  const report = JSON.parse(run.stdout);
  assert.equal(validate(report), true, JSON.stringify(validate.errors?.slice(0, 3)));
  report.articles[0].text = 42;
  assert.equal(validate(report), false);
});
