#!/usr/bin/env node
// prfaq-language-server --stdio: the editor starts this and speaks LSP over stdin/stdout.
import { main } from '../dist/main.js';

main(process.argv.slice(2));
