#!/usr/bin/env node
// Entry point of the GitHub Action (action.yml installs the published prfaq and runs this): the bundled
// src/github-action/index.ts, which reads its inputs from PRFAQ_* variables and sets process.exitCode.
import module from 'node:module';

module.enableCompileCache?.();
await import(new URL('../dist/bundle/github-action.js', import.meta.url).href);
