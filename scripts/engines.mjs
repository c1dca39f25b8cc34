// The other engines the browser journeys run in (tests/engines/), from Debian's packages as
// Chromium is (browser downloads do not work here): Firefox ESR, driven over WebDriver BiDi, and
// WebKitGTK's MiniBrowser, driven by WebKitWebDriver in a virtual X display (Xvfb).
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
/** Installed with webkit2gtk-driver (its package, libwebkit2gtk-4.1-0, is a dependency). */
export const MINIBROWSER =
  process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const XVFB = '/usr/bin/Xvfb';
