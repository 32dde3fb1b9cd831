import { BadUserInputError } from '../../kernel/errors.js';
import type { CertificationProofInput } from './dto/certification-proof.input.js';

export const MAX_PROOF_BYTES = 5 * 1024 * 1024;

/** The accepted types and how their files begin: the declared type has to match the bytes. */
const SIGNATURES: Record<string, { label: string; magic: number[] }> = {
  'application/pdf': { label: 'PDF', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  'image/png': { label: 'PNG image', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  'image/jpeg': { label: 'JPEG image', magic: [0xff, 0xd8, 0xff] },
};

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const MAX_NAME_LENGTH = 255;

export interface ProofFile {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

/**
 * The uploaded name, for display and the download's save dialog only (storage keys are random):
 * no folders, no control characters, at most 255 characters keeping the extension.
 */
function cleanFileName(raw: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  const base = (raw.split(/[/\\]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (!base) throw new BadUserInputError('fileName', 'Give the file a name');
  if (base.length <= MAX_NAME_LENGTH) return base;
  const dot = base.lastIndexOf('.');
  const extension = dot > 0 && base.length - dot <= 10 ? base.slice(dot) : '';
  return base.slice(0, MAX_NAME_LENGTH - extension.length) + extension;
}

/** Checks an upload before anything is stored: type, size and that the bytes are what they claim. */
export function readProofFile(input: Pick<CertificationProofInput, 'fileName' | 'contentType' | 'contentBase64'>): ProofFile {
  const fileName = cleanFileName(input.fileName);
  const contentType = input.contentType.trim().toLowerCase();
  const signature = SIGNATURES[contentType];
  if (!signature) throw new BadUserInputError('contentType', 'Upload a PDF, PNG or JPEG file');
  const base64 = input.contentBase64.replace(/\s+/g, '');
  if (!BASE64.test(base64) || base64.length % 4 === 1) throw new BadUserInputError('contentBase64', 'The file is not valid base64');
  // Checked on the encoded length first, so an oversized upload is refused without decoding it.
  if (Math.floor((base64.length * 3) / 4) - (base64.match(/=+$/)?.[0].length ?? 0) > MAX_PROOF_BYTES) {
    throw new BadUserInputError('contentBase64', 'The file is larger than 5 MB', { maxBytes: MAX_PROOF_BYTES });
  }
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length === 0) throw new BadUserInputError('contentBase64', 'The file is empty');
  if (bytes.length > MAX_PROOF_BYTES) throw new BadUserInputError('contentBase64', 'The file is larger than 5 MB', { maxBytes: MAX_PROOF_BYTES });
  if (!signature.magic.every((byte, index) => bytes[index] === byte)) {
    throw new BadUserInputError('contentBase64', `The file is not a ${signature.label}, as its type says`);
  }
  return { fileName, contentType, bytes };
}
