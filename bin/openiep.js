#!/usr/bin/env node
// The `openiep` command. Runs the TypeScript sources through tsx (no separate server build step).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
