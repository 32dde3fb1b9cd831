/**
 * Values a careless or hostile client sends. Kept as data so a finding names the value that
 * caused it, and so the heavy run and the CI run draw from the same list.
 */

export const ONE_MEGABYTE_STRING = 'a'.repeat(1024 * 1024);

export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\t\n',
  '\u0000',
  'admin\u0000',
  '\u0000\u0000\u0000',
  // Cyrillic "а" and "е" look like Latin ones: a homoglyph of a real username or key.
  'аdmin',
  'usеrs.read',
  '\u202eevil',
  '\ufeff',
  '\ud83d\ude00'.repeat(50),
  'e\u0301'.repeat(100),
  "' OR '1'='1",
  "'; DROP TABLE user_account; --",
  '1; SELECT pg_sleep(5)',
  '%',
  '_',
  '\\',
  '$1',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '{{7*7}}',
  '${jndi:ldap://x}',
  '../../../../etc/passwd',
  '%00',
  '%s%s%s%n',
  'null',
  'undefined',
  'NaN',
  '-1',
  '9'.repeat(40),
  'x'.repeat(256),
  'x'.repeat(10_001),
  '=cmd|" /C calc"!A0',
  'a@b',
  'user@example.test',
  'http://127.0.0.1:1/',
  'javascript:alert(1)',
];

/** Ids no record has: not uuids, the nil uuid, near-uuids. */
export const MALFORMED_IDS: readonly string[] = [
  '',
  'not-an-id',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '00000000-0000-0000-0000-00000000000',
  '00000000-0000-0000-0000-0000000000000',
  '{00000000-0000-0000-0000-000000000000}',
  '00000000000000000000000000000000',
  'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz',
  '0',
  '-1',
  '1',
  '9223372036854775808',
  "1' OR '1'='1",
  '\u0000',
  '00000000-0000-0000-0000-000000000000\u0000',
];

const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Cursors in the server's own encodings (base64url JSON) with the wrong contents, and garbage. */
export const MALFORMED_CURSORS: readonly string[] = [
  '',
  'not-a-cursor',
  '====',
  '\u0000',
  Buffer.from('not json').toString('base64url'),
  cursorOf(null),
  cursorOf(42),
  cursorOf([]),
  cursorOf(['only-one']),
  cursorOf(['x', 'not-a-uuid']),
  cursorOf(['x', '00000000-0000-0000-0000-000000000000']),
  cursorOf([1, 2]),
  cursorOf([null, null]),
  cursorOf(['2026-13-45T99:99:99Z', '00000000-0000-0000-0000-000000000000']),
  cursorOf(["' OR 1=1 --", "'; DROP TABLE user_account; --"]),
  cursorOf({}),
  cursorOf({ sequence: 'abc' }),
  cursorOf({ sequence: '-1' }),
  cursorOf({ sequence: '1.5' }),
  cursorOf({ sequence: '99999999999999999999999999' }),
  cursorOf({ sequence: '9999999999999999999' }),
  cursorOf(['a\u0000', '00000000-0000-0000-0000-000000000000']),
  cursorOf({ sequence: 12 }),
  cursorOf({ sequence: null }),
];

export const BOUNDARY_INTS: readonly number[] = [0, 1, -1, 2, 5, 100, 1000, 1_000_000, 2_147_483_647, -2_147_483_648];

/** Values of the wrong JSON type for any variable: the transport refuses them before a resolver runs. */
export const WRONG_TYPE_VALUES: readonly unknown[] = [{}, [], 'x', 12, 1.5, true, { extra: 1 }];

export const DATE_STRINGS: readonly string[] = [
  '2026-02-28',
  '2026-02-29',
  '2026-02-30',
  '2024-02-29',
  '0000-01-01',
  '0001-01-01',
  '9999-12-31',
  '275760-09-13',
  '2026-1-1',
  '01/02/2026',
  '2026-13-01',
  'today',
];

export const DATE_TIME_STRINGS: readonly string[] = [
  '1970-01-01T00:00:00.000Z',
  '0001-01-01T00:00:00.000Z',
  '9999-12-31T23:59:59.999Z',
  '+275760-09-13T00:00:00.000Z',
  '2026-02-30T00:00:00Z',
  '2026-06-01T25:00:00Z',
  'not a date',
];
