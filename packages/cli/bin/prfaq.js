#!/usr/bin/env node
// Entry point of the `prfaq` command: everything lives in the compiled CLI (dist/), loaded lazily.
import { main } from '../dist/main.js';

process.exitCode = await main(process.argv);
