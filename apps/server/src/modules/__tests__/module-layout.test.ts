import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MODULES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Things whose own name begins with their module's name: an audit entry is a thing, not a file
 * that repeats its folder.
 */
const THINGS_NAMED_LIKE_THEIR_MODULE = new Set(['audit/audit-entry', 'mail/mail-message', 'access/access-change']);

/** A role folder holds only files of its role. */
const ROLE_FOLDERS: Record<string, RegExp> = {
  resolvers: /\.resolver\.ts$/,
  types: /\.type\.ts$/,
  entities: /\.entity\.ts$/,
  dto: /\.inputs?\.ts$/,
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

const moduleNames = readdirSync(MODULES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== '__tests__')
  .map((entry) => entry.name);

const moduleFiles = moduleNames.flatMap((module) =>
  filesUnder(path.join(MODULES, module)).map((file) => ({ module, relative: path.relative(path.join(MODULES, module), file), file })),
);

describe('module layout (CONTRIBUTING.md, "Where things go")', () => {
  it('finds the modules it checks', () => {
    expect(moduleNames).toEqual(expect.arrayContaining(['users', 'roles', 'planner', 'portal', 'access', 'auth']));
    expect(moduleFiles.length).toBeGreaterThan(200);
  });

  it('names files after what they hold, never after their module', () => {
    const repeating = moduleFiles.filter(({ module, relative }) => {
      const base = path.basename(relative).replace(/\..*$/, '');
      return base.startsWith(`${module}-`) && !THINGS_NAMED_LIKE_THEIR_MODULE.has(`${module}/${base}`);
    });
    expect(repeating.map(({ module, relative }) => `${module}/${relative}`)).toEqual([]);
  });

  it('keeps each role folder to its role', () => {
    const misplaced = moduleFiles.filter(({ relative }) => {
      const folders = path.dirname(relative).split(path.sep);
      return folders.some((folder) => ROLE_FOLDERS[folder] && !ROLE_FOLDERS[folder].test(relative));
    });
    expect(misplaced.map(({ module, relative }) => `${module}/${relative}`)).toEqual([]);
  });

  it('binds no use cases in wrapper classes: resolvers call the use-case functions', () => {
    // A class whose members are all arrow functions forwarding to an imported function with its deps.
    const binding = /^\s+\w+ = \([^)]*\) =>\s*\w+\(this\.deps\b/m;
    const wrappers = moduleFiles.filter(({ file }) => binding.test(readFileSync(file, 'utf8')));
    expect(wrappers.map(({ module, relative }) => `${module}/${relative}`)).toEqual([]);
  });
});
