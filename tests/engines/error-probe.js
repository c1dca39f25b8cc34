// Served first in every page of the engine journeys (tests/engines/server.ts puts it in every
// HTML document). WebKit's WebDriver reports no console messages and has no way to run a script
// before the page's own, so the page keeps its console errors, uncaught exceptions (React's
// hydration errors among them) and CSP violations in sessionStorage, which survives reloads, for
// the driver to read. Firefox reports them over WebDriver BiDi itself and ignores this record.
(() => {
  const KEY = '__engineErrors';
  const keep = (text) => {
    try {
      const list = JSON.parse(sessionStorage.getItem(KEY) ?? '[]');
      list.push(text);
      sessionStorage.setItem(KEY, JSON.stringify(list));
    } catch {
      // Storage refused: the message still reaches the console.
    }
  };
  const consoleError = console.error;
  console.error = (...args) => {
    keep(`console.error: ${args.map(String).join(' ')}`);
    consoleError.apply(console, args);
  };
  addEventListener('error', (event) => {
    keep(`uncaught: ${event.message} (${event.filename}:${event.lineno})`);
  });
  addEventListener('unhandledrejection', (event) => {
    keep(`unhandled rejection: ${String(event.reason)}`);
  });
  // What Firefox and Chromium print as a console error, and WebKit only to its own console: an
  // inline script the CSP blocks (say, a React streaming script in a prerendered page) never runs.
  addEventListener('securitypolicyviolation', (event) => {
    keep(
      `csp: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile || location.href}:${event.lineNumber})`,
    );
  });
  // Every vector of the hostile feed calls this if it runs.
  window.__xssCalls = 0;
  window.__xss = () => {
    window.__xssCalls += 1;
    console.error('__xss() ran: a feed vector executed');
  };
})();
