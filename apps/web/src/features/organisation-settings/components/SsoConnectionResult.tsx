import type { SsoConnectionReport } from '../graphql/sso-configuration.graphql';

/** What testing the provider found: its endpoints and keys, or why it could not be used. */
export function SsoConnectionResult({ report }: { report: SsoConnectionReport }) {
  if (!report.ok) {
    return (
      <div className="org-settings__report org-settings__report--failed" data-testid="sso-test-report">
        <p className="org-settings__report-title">The provider could not be used.</p>
        <p>{report.message ?? 'It did not answer as an OpenID provider.'}</p>
      </div>
    );
  }
  // Addresses and names read as code; counts and yes/no as words.
  const rows: Array<[string, string, boolean]> = [
    ['Issuer', report.issuer ?? '—', true],
    ['Authorization endpoint', report.authorizationEndpoint ?? '—', true],
    ['Token endpoint', report.tokenEndpoint ?? '—', true],
    ['Userinfo endpoint', report.userinfoEndpoint ?? 'none', true],
    ['Key set', report.jwksUri ?? '—', true],
    ['Signing keys', `${report.keyCount}${report.keyAlgorithms.length > 0 ? ` (${report.keyAlgorithms.join(', ')})` : ''}`, false],
    ['Scopes offered', report.scopesSupported.length > 0 ? report.scopesSupported.join(' ') : 'not listed', true],
    ['PKCE (S256)', report.pkceS256 ? 'Supported' : 'Not announced', false],
  ];
  return (
    <div className="org-settings__report org-settings__report--ok" data-testid="sso-test-report">
      <p className="org-settings__report-title">The provider answered.</p>
      <dl>
        {rows.map(([term, value, code]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd className={code ? 'mono' : undefined}>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
