// Browser tests drive Debian's Chromium (never a downloaded one). Install it when it is missing
// and we may (root with apt-get, as on CI and the dev machines); otherwise say how.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(`Browser tests need Chromium at ${path}. Install it (Debian: apt-get install chromium) or set CHROMIUM=/path/to/chromium.`);
    process.exit(1);
  }
  console.log('Installing Debian chromium for the browser tests…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
}
