import { errorDetails } from '../../apollo';

export interface ShiftAnswerRefusal {
  message: string;
  /** The shift or offer changed for good (filled, cancelled, withdrawn, started): answering again cannot work. */
  final: boolean;
}

/** What to tell a worker whose answer to an offer was refused (CONFLICT reasons of the API). */
export function shiftAnswerError(error: unknown): ShiftAnswerRefusal {
  const { code, reason, message } = errorDetails(error);
  const final = code === 'CONFLICT' || code === 'NOT_FOUND';
  if (reason === 'SHIFT_FILLED') return { message: 'This shift is already filled: every place was taken before your answer arrived.', final };
  if (code === 'NOT_FOUND') return { message: 'This offer no longer exists. It may have been withdrawn.', final };
  return { message, final };
}
