/** Where the browser goes: the server's own routes, under the web app's origin. */
export const SSO_CALLBACK_PATH = '/sso/callback';
export const SSO_START_PATH = '/sso/start';

export const ssoRedirectUri = (appUrl: string) => `${appUrl}${SSO_CALLBACK_PATH}`;
export const ssoStartUrl = (appUrl: string, organisation: string) => `${appUrl}${SSO_START_PATH}?organisation=${encodeURIComponent(organisation)}`;
