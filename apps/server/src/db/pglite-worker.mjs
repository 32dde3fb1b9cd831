// The thread that owns the embedded database (see pglite-thread.ts). Plain JavaScript, so that
// Node loads it as it is, from src/ in the tests and from dist/ once built.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';

const { dataDir, dump, settings, pgliteWasmModule } = workerData;

/**
 * PGlite only asks a dump for its bytes; a real Blob would copy the whole template once more
 * (test-database.ts gives the measurements).
 */
const asBlob = (bytes) => ({ type: 'application/x-tar', size: bytes.byteLength, arrayBuffer: async () => bytes });

const opening = PGlite.create(dataDir ?? 'memory://', {
  pgliteWasmModule,
  ...(dump ? { loadDataDir: asBlob(dump) } : {}),
  ...(settings.length > 0 ? { startParams: [...PGlite.defaultStartParams, ...settings] } : {}),
}).then((db) => {
  // Posted as PGlite reads it, so a notice reaches the server before its statement's answer.
  db.onNotification((channel, payload) => parentPort.postMessage({ notice: { channel, payload } }));
  return db;
});

/** An error as the server's thread can rebuild it: cloning an Error keeps only its message and name. */
function describe(error) {
  if (!(error instanceof Error)) return { message: String(error) };
  const fields = Object.fromEntries(Object.entries(error).filter(([, value]) => ['string', 'number', 'boolean'].includes(typeof value)));
  return { ...fields, name: error.name, message: error.message };
}

const operations = {
  ready: async () => null,
  query: (db, { sql, params }) => db.query(sql, params),
  exec: (db, { sql }) => db.exec(sql),
  async dump(db) {
    return (await db.dumpDataDir('none')).arrayBuffer();
  },
  async close(db) {
    await db.close();
    return null;
  },
};

async function answer(request) {
  try {
    const result = await operations[request.op](await opening, request);
    parentPort.postMessage({ id: request.id, result }, result instanceof ArrayBuffer ? [result] : []);
  } catch (error) {
    parentPort.postMessage({ id: request.id, error: describe(error) });
  }
}

// One at a time, in the order sent: the driver relies on it to keep transactions whole.
let previous = Promise.resolve();
parentPort.on('message', (request) => {
  previous = previous.then(() => answer(request));
});
