// The e2e tests drive Debian's Chromium (browser downloads do not work here), need CJK fonts for
// meaningful rendering, and serve a generated archive with Debian's nginx, as a real static host
// would. The engine journeys (tests/engines/) drive Debian's Firefox ESR and WebKitGTK, the latter
// in a virtual X display (xvfb; xauth for those who run it with xvfb-run). Installs what is
// missing when we are root; otherwise says exactly what to install.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM } from './chromium.mjs';
import { FIREFOX, MINIBROWSER, WEBKIT_DRIVER, XVFB } from './engines.mjs';
import { NGINX } from './nginx.mjs';

const hasFonts = () => {
  try {
    return execSync('fc-list :lang=zh-tw family', { encoding: 'utf8' }).includes('Noto Sans CJK');
  } catch {
    return false;
  }
};

const missing = [
  !existsSync(CHROMIUM) && 'chromium',
  !hasFonts() && 'fonts-noto-cjk',
  !existsSync(NGINX) && 'nginx',
  !existsSync(FIREFOX) && 'firefox-esr',
  !(existsSync(WEBKIT_DRIVER) && existsSync(MINIBROWSER)) && 'webkit2gtk-driver',
  !existsSync(XVFB) && 'xvfb',
  !existsSync('/usr/bin/xauth') && 'xauth',
].filter(Boolean);
if (missing.length === 0) process.exit(0);

const packages = missing.join(' ');
if (process.getuid?.() !== 0) {
  console.error(
    `The end-to-end tests need ${packages}. Install them with:\n  sudo apt-get install -y ${packages}`,
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
