// The e2e tests drive Debian's Chromium (browser downloads do not work here) and need CJK
// fonts for meaningful rendering. Installs both when missing and we are root; otherwise says
// exactly what to install.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM } from './chromium.mjs';

const hasFonts = () => {
  try {
    return execSync('fc-list :lang=zh-tw family', { encoding: 'utf8' }).includes('Noto Sans CJK');
  } catch {
    return false;
  }
};

if (existsSync(CHROMIUM) && hasFonts()) process.exit(0);

const packages = 'chromium fonts-noto-cjk';
if (process.getuid?.() !== 0) {
  console.error(
    `The end-to-end tests need ${CHROMIUM} and CJK fonts. Install them with:\n  sudo apt-get install -y ${packages}`,
  );
  process.exit(1);
}
console.log(`Installing ${packages} for the end-to-end tests…`);
execSync(
  `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`,
  {
    stdio: 'inherit',
  },
);
