#!/usr/bin/env node
// TypeScript 7's tsc (the native compiler, installed as typescript-native) for type checking and
// declarations: the server's check takes 6 CPU-seconds with it against 15 with TypeScript 5.9.
// typescript-eslint still needs TypeScript 5's JavaScript API, so both are installed and the
// `tsc` on the PATH could be either one: the packages' scripts call this file instead.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const packageJson = createRequire(import.meta.url).resolve('typescript-native/package.json');
await import(pathToFileURL(path.join(path.dirname(packageJson), 'bin', 'tsc')).href);
