/** The columns of the users CSV, shared by export and import so an export can be imported elsewhere. */
export const IMPORT_COLUMNS = [
  'username',
  'email',
  'firstName',
  'lastName',
  'phone',
  'jobTitle',
  'department',
  'location',
  'origin',
  'role',
  'holdInvite',
  'externalPlannerAccess',
  'externalPurchasingAccess',
  'portalAccess',
  'twoFactorRequired',
] as const;

export const EXPORT_COLUMNS = [...IMPORT_COLUMNS, 'state', 'lastLoginAt', 'createdAt'] as const;

export const REQUIRED_COLUMNS = ['username', 'email', 'role'] as const;
