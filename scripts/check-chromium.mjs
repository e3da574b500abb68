#!/usr/bin/env node
// Fails early, with the way out, when the browser the e2e tests drive is missing.
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(
    `Chromium was not found at ${path}.\n` +
      "The browser tests drive Debian's Chromium (Playwright cannot download its own here). Install it with\n" +
      '  sudo apt-get update && sudo apt-get install -y chromium\n' +
      'or point CHROMIUM_PATH at another Chromium binary.',
  );
  process.exit(1);
}
