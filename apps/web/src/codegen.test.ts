import { generate } from '@graphql-codegen/cli';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import config from '../codegen';

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * `src/gql/` is generated from `../server/schema.graphql` and the operations in `src/`, and
 * committed. Regenerate it in memory and compare, so a schema or operation change without
 * `pnpm --filter @access/web codegen` fails the tests instead of drifting silently.
 */
describe('generated GraphQL types (src/gql)', () => {
  it('match the committed schema and the operations in src/', async () => {
    const outputs = await generate({ ...config, cwd: webDir, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      const file = path.resolve(webDir, output.filename);
      const onDisk = await readFile(file, 'utf8').catch(() => '(missing)');
      expect(onDisk, `${path.relative(webDir, file)} is stale: run "pnpm --filter @access/web codegen"`).toBe(output.content);
    }
  }, 30_000);
});
