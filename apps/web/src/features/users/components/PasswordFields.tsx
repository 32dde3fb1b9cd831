import { checkPassword, DEFAULT_PASSWORD_POLICY, type PasswordPolicy } from '@access/domain';
import { FormField } from '../../../ui/FormField';
import { PasswordChecklist } from '../../auth/components/PasswordChecklist';
import './password-fields.css';

const policy = DEFAULT_PASSWORD_POLICY;

export interface PasswordFieldsProps {
  password: string;
  confirmation: string;
  onPasswordChange: (value: string) => void;
  onConfirmationChange: (value: string) => void;
  /** Whose password it is, so the checklist also refuses their username and email. */
  username?: string;
  email?: string;
  /** The password being replaced (Change password): the new one must differ. */
  previous?: string;
  /** The server's message for the new password when it lists no broken rules. */
  passwordError?: string;
  /** The server's own refusal (it has the last word: the tenant's policy may be stricter). */
  serverFailures?: ReadonlyArray<{ rule: string; message: string }>;
  confirmationError?: string;
  passwordLabel?: string;
  /** Check against these rules instead of the organisation's (see PasswordChecklist). */
  policy?: PasswordPolicy;
}

/** Whether the two fields may be sent: the same domain check the server runs, and a match. */
export function passwordReady(password: string, confirmation: string, context: { username?: string; email?: string } = {}): boolean {
  return checkPassword(password, policy, context).ok && password === confirmation;
}

/** New password + confirmation, with the live PasswordChecklist and the server's refusal. */
export function PasswordFields({
  password,
  confirmation,
  onPasswordChange,
  onConfirmationChange,
  username,
  email,
  previous,
  passwordError,
  serverFailures = [],
  confirmationError,
  passwordLabel = 'New password',
  policy: checklistPolicy,
}: PasswordFieldsProps) {
  const mismatch = confirmation.length > 0 && confirmation !== password;

  return (
    <div className="password-fields">
      <FormField
        label={passwordLabel}
        type="password"
        autoComplete="new-password"
        value={password}
        hint="The checklist below updates as you type."
        error={passwordError}
        onChange={(event) => onPasswordChange(event.target.value)}
      />
      <PasswordChecklist password={password} username={username} email={email} previous={previous} policy={checklistPolicy} />
      <FormField
        label="Confirm password"
        type="password"
        autoComplete="new-password"
        value={confirmation}
        error={confirmationError ?? (mismatch ? 'The two passwords do not match' : undefined)}
        onChange={(event) => onConfirmationChange(event.target.value)}
      />
      {serverFailures.length > 0 && (
        <div className="alert alert--error" role="alert">
          <div className="alert__body">
            <p className="alert__title">The server refused this password</p>
            <ul className="password-server-failures">
              {serverFailures.map((failure) => (
                <li key={failure.rule}>{failure.message}</li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </div>
  );
}
