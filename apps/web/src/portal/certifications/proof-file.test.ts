import { describe, expect, it } from 'vitest';
import { bytesToBase64, checkProofFile, declaredProofType, MAX_PROOF_BYTES, prepareProof, sniffProofType } from './proof-file';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const PDF = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);

describe('checkProofFile', () => {
  it('accepts PDF, PNG and JPEG up to 5 MB', () => {
    expect(checkProofFile({ name: 'card.pdf', type: 'application/pdf', size: 1000 })).toBeNull();
    expect(checkProofFile({ name: 'card.PNG', type: 'image/png', size: MAX_PROOF_BYTES })).toBeNull();
    expect(checkProofFile({ name: 'card.jpeg', type: '', size: 10 })).toBeNull();
  });

  it('refuses other types, empty files and files over the limit, saying why', () => {
    expect(checkProofFile({ name: 'card.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', size: 10 })).toBe(
      'Choose a PDF, PNG or JPEG file.',
    );
    expect(checkProofFile({ name: 'card.gif', type: '', size: 10 })).toBe('Choose a PDF, PNG or JPEG file.');
    expect(checkProofFile({ name: 'card.pdf', type: 'application/pdf', size: 0 })).toBe('The file is empty.');
    expect(checkProofFile({ name: 'card.pdf', type: 'application/pdf', size: MAX_PROOF_BYTES + 1 })).toBe('The file is 5.0 MB; the limit is 5.0 MB.');
    expect(checkProofFile({ name: 'scan.png', type: 'image/png', size: 7 * 1024 * 1024 })).toBe('The file is 7.0 MB; the limit is 5.0 MB.');
  });

  it('falls back to the extension when the browser reports no type', () => {
    expect(declaredProofType({ name: 'Photo.JPG', type: '' })).toBe('image/jpeg');
    expect(declaredProofType({ name: 'notes.txt', type: '' })).toBeNull();
  });
});

describe('reading a proof', () => {
  it('recognises the three formats by their first bytes', () => {
    expect(sniffProofType(PNG)).toBe('image/png');
    expect(sniffProofType(PDF)).toBe('application/pdf');
    expect(sniffProofType(JPEG)).toBe('image/jpeg');
    expect(sniffProofType(new TextEncoder().encode('hello'))).toBeNull();
  });

  it('encodes base64 like Node does, also past one slice', () => {
    const big = Uint8Array.from({ length: 100_000 }, (_, index) => (index * 31) % 256);
    expect(bytesToBase64(big)).toBe(Buffer.from(big).toString('base64'));
  });

  it('sends the type the content proves, and refuses content that is none of the three', async () => {
    const renamed = await prepareProof(new File([JPEG], 'scan.png', { type: 'image/png' }));
    expect(renamed).toEqual({ ok: true, fileName: 'scan.png', contentType: 'image/jpeg', contentBase64: Buffer.from(JPEG).toString('base64') });
    const text = await prepareProof(new File(['just text'], 'fake.pdf', { type: 'application/pdf' }));
    expect(text).toEqual({ ok: false, message: 'This file is not a readable PDF, PNG or JPEG. Choose another file.' });
  });
});
