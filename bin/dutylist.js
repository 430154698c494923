#!/usr/bin/env node
// Thin entry: all work happens in main(); the exit code is set, never forced,
// so piped output is not cut short.
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
