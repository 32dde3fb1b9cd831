import { roleAssignmentGap } from '../../access/delegation-guard.js';
import { parse } from 'csv-parse/sync';
import { BadUserInputError } from '../../../kernel/errors.js';
import type { Actor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import { IMPORT_COLUMNS, REQUIRED_COLUMNS } from '../csv/columns.js';
import { ImportRowStatus, type ImportRowResultType, type ImportUsersResultType } from '../types/import-result.type.js';
import type { CreateUserInput } from '../dto/user.inputs.js';
import { optionalText, validEmail, validUsername } from '../user-fields.js';
import { UserOriginEnum } from '../types/user.type.js';
import { assertUsersCreatedHere, signInModeOf } from '../sign-in-mode.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { insertUser } from './create-user.js';

const MAX_ROWS = 5000;
/** 600 characters for each of the most rows: an export of that many imports again. */
export const MAX_CSV_CHARACTERS = 3_000_000;
const TRUE = new Set(['true', 'yes', 'y', '1']);
const FALSE = new Set(['false', 'no', 'n', '0']);

interface ParsedRow {
  line: number;
  input: CreateUserInput | null;
  username: string | null;
  errors: Array<{ field: string; message: string }>;
}

function collect<T>(errors: ParsedRow['errors'], field: string, read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (error instanceof BadUserInputError) errors.push({ field, message: error.message });
    else throw error;
    return undefined;
  }
}

function flag(errors: ParsedRow['errors'], field: string, raw: string | undefined): boolean | null {
  const value = (raw ?? '').trim().toLowerCase();
  if (value === '') return null;
  if (TRUE.has(value)) return true;
  if (FALSE.has(value)) return false;
  errors.push({ field, message: 'Use true or false' });
  return null;
}

function readCsv(csv: string): Array<Record<string, string>> {
  try {
    return parse(csv, { columns: true, skip_empty_lines: true, trim: true, bom: true }) as Array<Record<string, string>>;
  } catch (error) {
    throw new BadUserInputError('csv', `The file is not valid CSV: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Creates users from CSV, all or nothing: every row is checked first (format, roles by name,
 * duplicates in the file and in the tenant) and the report lists each row's problems. Only when
 * no row fails, and it is not a dry run, are the users created, in one transaction.
 */
export async function importUsers(deps: UseCaseDeps, actor: Actor, csv: string, dryRun: boolean): Promise<ImportUsersResultType> {
  assertUsersCreatedHere(await signInModeOf(deps, deps.dataSource.manager, actor.tenantId));
  // Before parsing: the HTTP limit alone would let 8 MB through the CSV parser.
  if (csv.length > MAX_CSV_CHARACTERS) throw new BadUserInputError('csv', 'The file is larger than 3 MB', { maxCharacters: MAX_CSV_CHARACTERS });
  const records = readCsv(csv);
  if (records.length === 0) throw new BadUserInputError('csv', 'The file has no rows');
  if (records.length > MAX_ROWS) throw new BadUserInputError('csv', `Import at most ${MAX_ROWS} users at a time`);
  const header = Object.keys(records[0]!);
  const missing = REQUIRED_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0) throw new BadUserInputError('csv', `Missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`);
  const unknown = header.filter((column) => !(IMPORT_COLUMNS as readonly string[]).includes(column) && column !== 'state' && column !== 'lastLoginAt' && column !== 'createdAt');
  if (unknown.length > 0) throw new BadUserInputError('csv', `Unknown column${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`);

  const roles: Array<{ id: string; name: string }> = await deps.dataSource.query(
    'SELECT id, name FROM role WHERE tenant_id = $1 AND deleted_at IS NULL',
    [actor.tenantId],
  );
  const roleByName = new Map(roles.map((role) => [role.name.toLowerCase(), role.id]));
  const beyondCaller = new Map<string, string[]>();
  for (const roleId of new Set(records.map((record) => roleByName.get((record.role ?? '').trim().toLowerCase())))) {
    if (roleId) beyondCaller.set(roleId, await roleAssignmentGap(deps.dataSource.manager, actor, null, roleId));
  }
  const existing: Array<{ username: string; email: string }> = await deps.dataSource.query(
    'SELECT lower(username) AS username, email FROM user_account WHERE tenant_id = $1',
    [actor.tenantId],
  );
  const takenUsernames = new Set(existing.map((row) => row.username));
  const takenEmails = new Set(existing.map((row) => row.email));
  const fileUsernames = new Map<string, number>();
  const fileEmails = new Map<string, number>();

  const rows: ParsedRow[] = records.map((record, index) => {
    const line = index + 2;
    const errors: ParsedRow['errors'] = [];
    const username = collect(errors, 'username', () => validUsername(record.username ?? ''));
    const email = collect(errors, 'email', () => validEmail(record.email ?? ''));
    if (username) {
      const key = username.toLowerCase();
      if (takenUsernames.has(key)) errors.push({ field: 'username', message: `The username "${username}" is already taken` });
      else if (fileUsernames.has(key)) errors.push({ field: 'username', message: `Repeats line ${fileUsernames.get(key)}` });
      else fileUsernames.set(key, line);
    }
    if (email) {
      if (takenEmails.has(email)) errors.push({ field: 'email', message: `Another user already has ${email}` });
      else if (fileEmails.has(email)) errors.push({ field: 'email', message: `Repeats line ${fileEmails.get(email)}` });
      else fileEmails.set(email, line);
    }
    const roleId = roleByName.get((record.role ?? '').trim().toLowerCase());
    if (!roleId) errors.push({ field: 'role', message: `No role named "${record.role ?? ''}"` });
    const missing = roleId ? (beyondCaller.get(roleId) ?? []) : [];
    if (missing.length > 0) errors.push({ field: 'role', message: `Assigning this role needs permissions you do not have: ${missing.join(', ')}` });
    const originRaw = (record.origin ?? '').trim().toLowerCase() || 'internal';
    if (originRaw !== 'internal' && originRaw !== 'external') errors.push({ field: 'origin', message: 'Use internal or external' });
    const text = (field: 'firstName' | 'lastName' | 'phone' | 'jobTitle' | 'department' | 'location', max: number) =>
      collect(errors, field, () => optionalText(field, record[field] ?? null, max)) ?? null;
    const input: CreateUserInput = {
      username: username ?? '',
      email: email ?? '',
      firstName: text('firstName', 100),
      lastName: text('lastName', 100),
      phone: text('phone', 50),
      jobTitle: text('jobTitle', 100),
      department: text('department', 100),
      location: text('location', 100),
      origin: originRaw === 'external' ? UserOriginEnum.EXTERNAL : UserOriginEnum.INTERNAL,
      roleId: roleId ?? '',
      holdInvite: flag(errors, 'holdInvite', record.holdInvite),
      externalPlannerAccess: flag(errors, 'externalPlannerAccess', record.externalPlannerAccess),
      externalPurchasingAccess: flag(errors, 'externalPurchasingAccess', record.externalPurchasingAccess),
      portalAccess: flag(errors, 'portalAccess', record.portalAccess),
      twoFactorRequired: flag(errors, 'twoFactorRequired', record.twoFactorRequired),
    };
    return { line, input: errors.length === 0 ? input : null, username: username ?? record.username ?? null, errors };
  });

  const failed = rows.filter((row) => row.errors.length > 0).length;
  const report = (status: ImportRowStatus): ImportRowResultType[] =>
    rows.map((row) => ({ line: row.line, username: row.username, status: row.errors.length > 0 ? ImportRowStatus.ERROR : status, errors: row.errors }));
  if (failed > 0 || dryRun) return { dryRun, created: 0, failed, rows: report(ImportRowStatus.VALID) };

  await deps.dataSource.transaction(async (manager) => {
    for (const row of rows) await insertUser(deps, manager, actor, row.input!);
    await recordAudit(manager, actor, {
      action: 'user.import',
      targetType: 'tenant',
      targetId: actor.tenantId,
      targetLabel: null,
      after: { created: rows.length, usernames: rows.map((row) => row.username) },
    });
  });
  return { dryRun, created: rows.length, failed: 0, rows: report(ImportRowStatus.CREATED) };
}
