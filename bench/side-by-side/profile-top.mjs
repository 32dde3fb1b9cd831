#!/usr/bin/env node
// The top of a V8 CPU profile (node --cpu-prof): self time per function and per package, and the
// inclusive time of the frames whose name matches each argument after the file. PROFILE_LAST_SECONDS
// keeps only the samples of the profile's last seconds (the load, not the start-up); PROFILE_BUSY=1
// leaves out the idle samples, so the shares are of the time the process was busy.
//   node profile-top.mjs <file.cpuprofile> [frameName ...]
import { readFileSync } from 'node:fs';

const [file, ...watched] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

const lastMicros = Number(process.env.PROFILE_LAST_SECONDS || 0) * 1e6;
let at = profile.startTime;
const times = profile.timeDeltas.map((delta) => (at += delta));
const idle = new Set(profile.nodes.filter((node) => node.callFrame.functionName === '(idle)').map((node) => node.id));
const busyOnly = process.env.PROFILE_BUSY === '1';
const samples = profile.samples.filter((id, index) => (!lastMicros || times[index] >= profile.endTime - lastMicros) && !(busyOnly && idle.has(id)));
const selfSamples = new Map();
for (const id of samples) selfSamples.set(id, (selfSamples.get(id) ?? 0) + 1);
const total = samples.length;

const where = (frame) => {
  const url = frame.url || '';
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.includes('/apps/server/dist/')) return `server:${url.split('/apps/server/dist/')[1].split('/').slice(0, 2).join('/')}`;
  if (url.startsWith('node:')) return url;
  return url ? url.split('/').slice(-2).join('/') : `(${frame.functionName || 'native'})`;
};

const byFunction = new Map();
const byPackage = new Map();
for (const [id, count] of selfSamples) {
  const { callFrame } = nodes.get(id);
  const fn = `${callFrame.functionName || '(anonymous)'} ${where(callFrame)}:${callFrame.lineNumber + 1}`;
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + count);
  const pkg = where(callFrame);
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + count);
}
const percent = (count) => `${((100 * count) / total).toFixed(1).padStart(5)} %`;
const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);

console.log(`${total} samples`);
console.log('\nSelf time by package or file:');
for (const [name, count] of top(byPackage, Number(process.env.PROFILE_TOP || 25))) console.log(`${percent(count)}  ${name}`);
console.log('\nSelf time by function:');
for (const [name, count] of top(byFunction, 30)) console.log(`${percent(count)}  ${name}`);

if (watched.length) {
  console.log('\nInclusive time (samples under a frame of that name, counted once):');
  for (const name of watched) {
    let count = 0;
    for (const id of samples) {
      for (let at = id; at !== undefined; at = parent.get(at)) {
        if (nodes.get(at).callFrame.functionName === name) {
          count++;
          break;
        }
      }
    }
    console.log(`${percent(count)}  ${name}`);
  }
}
