import { errorDetails } from '../../apollo';

/** What to tell a worker whose answer to an offer was refused (CONFLICT reasons of the API). */
export function shiftAnswerError(error: unknown): string {
  const { code, reason, message } = errorDetails(error);
  if (reason === 'SHIFT_FILLED') return 'This shift is already filled: every place was taken before your answer arrived.';
  if (code === 'NOT_FOUND') return 'This offer no longer exists. It may have been withdrawn.';
  return message;
}
