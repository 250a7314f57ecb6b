#!/usr/bin/env node
// Runs the TypeScript sources through tsx in a checkout, and the compiled
// dist/ in an image built without sources (see Dockerfile).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = `${root}src/cli.ts`;
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(source).href);
} else {
  await import(pathToFileURL(`${root}dist/src/cli.js`).href);
}
