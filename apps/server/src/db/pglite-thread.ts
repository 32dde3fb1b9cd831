import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Results } from '@electric-sql/pglite';

export interface PGliteThreadOptions {
  /** The data directory on disk; none keeps the database in memory. */
  dataDir?: string;
  /** A dump (PGlite's dumpDataDir) to start from, instead of an empty database. */
  dump?: ArrayBuffer;
  /** PostgreSQL start parameters beside PGlite's own, e.g. `-c shared_buffers=8MB`. */
  settings?: string[];
}

type Request = { op: 'ready' } | { op: 'query'; sql: string; params: unknown[] } | { op: 'exec'; sql: string } | { op: 'dump' } | { op: 'close' };

type Reply = { id: number; result: unknown } | { id: number; error: { message: string } & Record<string, unknown> } | { notice: { channel: string; payload: string } };

type NotificationListener = (channel: string, payload: string) => void;

/** A compiled WebAssembly module, opaque here: its types come with the DOM library, which the server does not load. */
type CompiledWasm = { readonly compiledWasm: unique symbol };
declare const WebAssembly: { compile(bytes: Uint8Array): Promise<CompiledWasm> };

const pgliteDist = path.dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
let compiledPglite: Promise<CompiledWasm> | undefined;

/**
 * PostgreSQL's WebAssembly, compiled once per process and handed to every thread: PGlite caches
 * it per module instance, which a new thread does not share, and compiling it took seconds of CPU.
 */
function pgliteWasmModule(): Promise<CompiledWasm> {
  compiledPglite ??= readFile(path.join(pgliteDist, 'pglite.wasm')).then((bytes) => WebAssembly.compile(bytes));
  return compiledPglite;
}

/**
 * Embedded PostgreSQL (PGlite) on a worker thread of its own. In the server's thread it took about
 * half of the busy time of an authorized users page (bench/RESULTS.md), and every statement held
 * up every other request while the second core sat idle. One session, as PGlite has, running
 * statements in the order they are sent: the driver (pglite-driver.ts) keeps transactions whole.
 */
export class PGliteThread {
  readonly #worker: Worker;
  readonly #pending = new Map<number, { resolve(result: unknown): void; reject(error: Error): void }>();
  readonly #listeners = new Set<NotificationListener>();
  #nextId = 1;
  #stopped: Error | null = null;
  #closing: Promise<void> | undefined;

  private constructor(worker: Worker) {
    this.#worker = worker;
    // Idle, the thread does not keep the process alive, as an open database in the process did not.
    worker.unref();
    worker.on('message', (reply: Reply) => this.#receive(reply));
    worker.on('error', (error) => this.#stop(error));
    worker.on('exit', (code) => this.#stop(new Error(`The embedded database's thread exited (code ${code})`)));
  }

  static async open(options: PGliteThreadOptions = {}): Promise<PGliteThread> {
    const workerData = { dataDir: options.dataDir, dump: options.dump, settings: options.settings ?? [], pgliteWasmModule: await pgliteWasmModule() };
    const thread = new PGliteThread(new Worker(new URL('./pglite-worker.mjs', import.meta.url), { workerData }));
    try {
      await thread.#request({ op: 'ready' });
    } catch (error) {
      await thread.#worker.terminate();
      throw error;
    }
    return thread;
  }

  query<Row>(sql: string, params: unknown[] = []): Promise<Results<Row>> {
    return this.#request({ op: 'query', sql, params }) as Promise<Results<Row>>;
  }

  /** Runs one or more statements without parameters; a result per statement. */
  exec(sql: string): Promise<Results[]> {
    return this.#request({ op: 'exec', sql }) as Promise<Results[]>;
  }

  /** The whole data directory as an uncompressed tar (PGlite's dumpDataDir). */
  async dump(): Promise<Uint8Array> {
    return new Uint8Array((await this.#request({ op: 'dump' })) as ArrayBuffer);
  }

  /** Calls `listener` for every NOTIFY on a channel this session LISTENs to, before the answer of the statement that read it. */
  onNotification(listener: NotificationListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  close(): Promise<void> {
    this.#closing ??= this.#stopped
      ? Promise.resolve()
      : this.#request({ op: 'close' }).then(async () => {
          await this.#worker.terminate();
        });
    return this.#closing;
  }

  #request(request: Request): Promise<unknown> {
    if (this.#stopped) return Promise.reject(this.#stopped);
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      try {
        this.#worker.postMessage({ ...request, id });
      } catch (error) {
        reject(error as Error);
        return;
      }
      if (this.#pending.size === 0) this.#worker.ref();
      this.#pending.set(id, { resolve, reject });
    });
  }

  #receive(reply: Reply): void {
    if ('notice' in reply) {
      for (const listener of this.#listeners) listener(reply.notice.channel, reply.notice.payload);
      return;
    }
    const pending = this.#pending.get(reply.id);
    if (!pending) return;
    this.#settled(reply.id);
    if ('error' in reply) pending.reject(Object.assign(new Error(reply.error.message), reply.error));
    else pending.resolve(reply.result);
  }

  #settled(id: number): void {
    this.#pending.delete(id);
    if (this.#pending.size === 0) this.#worker.unref();
  }

  #stop(reason: Error): void {
    this.#stopped ??= reason;
    for (const [id, pending] of this.#pending) {
      this.#settled(id);
      pending.reject(this.#stopped);
    }
  }
}
