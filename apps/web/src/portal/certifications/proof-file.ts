/** What uploadCertificationProof accepts; the server checks the same again. */
export const MAX_PROOF_BYTES = 5 * 1024 * 1024;

export const PROOF_TYPES = {
  'application/pdf': { label: 'PDF', extensions: ['.pdf'] },
  'image/png': { label: 'PNG', extensions: ['.png'] },
  'image/jpeg': { label: 'JPEG', extensions: ['.jpg', '.jpeg'] },
} as const;

export type ProofContentType = keyof typeof PROOF_TYPES;

/** For the file input's `accept`: types and extensions, since phones may report either. */
export const PROOF_ACCEPT = Object.entries(PROOF_TYPES)
  .flatMap(([type, { extensions }]) => [type, ...extensions])
  .join(',');

const isProofType = (value: string): value is ProofContentType => value in PROOF_TYPES;

/** The declared type, or the one the extension names when the browser reports none. */
export function declaredProofType(file: { name: string; type: string }): ProofContentType | null {
  if (file.type) return isProofType(file.type) ? file.type : null;
  const name = file.name.toLowerCase();
  const match = Object.entries(PROOF_TYPES).find(([, { extensions }]) => extensions.some((ext) => name.endsWith(ext)));
  return match && isProofType(match[0]) ? match[0] : null;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Refuses a file before reading it: the message the person sees, or null when it may be sent. */
export function checkProofFile(file: { name: string; type: string; size: number }): string | null {
  if (file.size === 0) return 'The file is empty.';
  if (!declaredProofType(file)) return 'Choose a PDF, PNG or JPEG file.';
  if (file.size > MAX_PROOF_BYTES) {
    return `The file is ${formatBytes(file.size)}; the limit is ${formatBytes(MAX_PROOF_BYTES)}.`;
  }
  return null;
}

/** The type the first bytes prove, so a renamed file is refused here rather than by the server. */
export function sniffProofType(bytes: Uint8Array): ProofContentType | null {
  const starts = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf'; // %PDF-
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  return null;
}

export function bytesToBase64(bytes: Uint8Array): string {
  // String.fromCharCode with a spread overflows the stack on megabytes; go in slices.
  const slice = 0x8000;
  let binary = '';
  for (let start = 0; start < bytes.length; start += slice) {
    binary += String.fromCharCode(...bytes.subarray(start, start + slice));
  }
  return btoa(binary);
}

export type PreparedProof =
  | { ok: true; fileName: string; contentType: ProofContentType; contentBase64: string }
  | { ok: false; message: string };

/**
 * Checks a chosen file and reads it for uploadCertificationProof. The content decides the type
 * sent (a JPEG saved as .png is still a JPEG); content that is none of the three is refused.
 */
export async function prepareProof(file: File): Promise<PreparedProof> {
  const refusal = checkProofFile(file);
  if (refusal) return { ok: false, message: refusal };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const contentType = sniffProofType(bytes);
  if (!contentType) return { ok: false, message: 'This file is not a readable PDF, PNG or JPEG. Choose another file.' };
  return { ok: true, fileName: file.name, contentType, contentBase64: bytesToBase64(bytes) };
}
