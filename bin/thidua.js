#!/usr/bin/env node
// The CLI is bundled into one file (scripts/bundle.mjs) because start-up time is mostly module loading.
import '../dist/bundle/thidua.mjs';
