/** No wait between attempts grows past this, however many there were. */
const MAX_DELAY_SECONDS = 3600;

/**
 * The wait after the `attempts`-th failed attempt: the base doubled per attempt, capped, then
 * somewhere between half and all of it, so messages that failed together (an outage) do not all
 * come back to the server at the same moment.
 */
export function retryDelaySeconds(attempts: number, baseSeconds: number, random: () => number = Math.random): number {
  const ceiling = Math.min(baseSeconds * 2 ** Math.max(attempts - 1, 0), MAX_DELAY_SECONDS);
  return ceiling / 2 + (ceiling / 2) * random();
}
