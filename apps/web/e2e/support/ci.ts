/** Whether this run is CI's (CI=true or 1): it then keeps no artifacts and trades V8's optimising for start-up. */
export const isCi = ['1', 'true'].includes(String(process.env.CI).toLowerCase());
