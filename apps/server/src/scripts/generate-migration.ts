import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../db/data-source.js';
import { schemaDiff } from '../db/schema-diff.js';

/**
 * Writes a migration with the SQL that brings the migrated schema in line with the entities,
 * computed against a throw-away in-memory PGlite (no server needed).
 * Usage: node dist/scripts/generate-migration.js <PascalCaseName>
 */
const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('Usage: generate-migration <PascalCaseName>');
  process.exit(2);
}

const dataSource = await openDatabase({ kind: 'pglite', dataDir: undefined });
const diff = await schemaDiff(dataSource);
await dataSource.destroy();
if (diff.up.length === 0) {
  console.log('Entities and migrations agree: nothing to generate.');
  process.exit(0);
}

const timestamp = Date.now();
const className = `${name}${timestamp}`;
const statement = (sql: string) => `    await queryRunner.query(${JSON.stringify(sql)});`;
const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${diff.up.map(statement).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${diff.down.map(statement).join('\n')}
  }
}
`;
const sourceDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/db/migrations');
const baseName = `${timestamp}-${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}`;
const file = path.join(sourceDir, `${baseName}.ts`);
await writeFile(file, source);

const indexFile = path.join(sourceDir, 'index.ts');
const index = await readFile(indexFile, 'utf8');
const registered = index
  .replace(/\n\n\/\*\*/, `\nimport { ${className} } from './${baseName}.js';\n\n/**`)
  .replace(/\];\s*$/, `, ${className}];\n`);
await writeFile(indexFile, registered);
console.log(`Wrote ${path.relative(process.cwd(), file)} and registered ${className} in src/db/migrations/index.ts.`);
