// Types for pglite-template.mjs, which runs before the server is built and so stays JavaScript.
export declare const templateDir: string;
export declare function pgliteVersion(): string;
export declare function templateFile(version?: string): string;
export declare function loadTemplate(): Blob | undefined;
export declare function extractTemplate(dir: string): boolean;
export interface UstarEntry {
  name: string;
  type: string;
  modified: number;
  data: Uint8Array;
  start: number;
  end: number;
}
export declare function ustarEntries(archive: Uint8Array): Generator<UstarEntry>;
