/**
 * The journeys' verbs in WebKit: WebKitGTK's MiniBrowser (Debian's libwebkit2gtk-4.1-0), driven
 * by WebKitWebDriver (webkit2gtk-driver) over classic WebDriver, in a virtual X display
 * (Xvfb): MiniBrowser has no headless mode. The protocol is plain HTTP and JSON, and the
 * dozen commands used here are spoken directly; a client library would bring ~140 packages.
 *
 * Each page is a WebDriver session of its own, a new MiniBrowser with ephemeral storage. Console
 * errors come from the page's error probe (error-probe.js): this WebDriver reports none.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { MINIBROWSER, WEBKIT_DRIVER, XVFB } from '../../scripts/engines.mjs';
import {
  type EngineBrowser,
  type EnginePage,
  findShown,
  type Json,
  type Key,
  pageExpression,
  TIME_ZONE,
  VIEWPORT,
  waitFor,
} from './browser';

/** WebDriver's code points for keys that are not text. */
const KEYS: Record<Key, string> = {
  Escape: '\uE00C',
  PageDown: '\uE00F',
};

/** A reference to an element, as WebDriver returns one. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

type Call = (method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown) => Promise<unknown>;

export async function launchWebKit(port: number): Promise<EngineBrowser> {
  const { server: xvfb, display, log: xvfbLog } = await startXvfb(port);
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], {
    // Its own process group, so that stopping it stops the browsers it started too.
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, DISPLAY: display, TZ: TIME_ZONE },
  });
  const stopAll = () => {
    stop(driver);
    stop(xvfb);
  };
  process.once('exit', stopAll);
  let stderr = '';
  driver.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2000);
  });
  const root = `http://127.0.0.1:${port}`;
  const call: Call = async (method, path, body) => {
    const response = await fetch(`${root}${path}`, {
      method,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    const { value } = (await response.json()) as { value: unknown };
    if (!response.ok) {
      const { error, message } = value as { error: string; message: string };
      throw new Error(`WebDriver ${method} ${path}: ${error}: ${message}`);
    }
    return value;
  };
  try {
    await waitFor('WebKitWebDriver to answer', () => call('GET', '/status'), Boolean, 20_000);
  } catch (error) {
    stopAll();
    throw new Error(`${String(error)}\n${stderr}`);
  }

  let version = '';
  return {
    engine: 'webkit',
    get version() {
      return version;
    },
    async newPage() {
      const session = (await call('POST', '/session', {
        capabilities: {
          alwaysMatch: {
            'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
            timeouts: { script: 30_000, pageLoad: 30_000, implicit: 0 },
          },
        },
      }).catch((error: unknown) => {
        const x = xvfb.exitCode === null && xvfb.signalCode === null ? 'running' : 'gone';
        throw new Error(
          `no WebKit session: ${String(error)}\nWebKitWebDriver said: ${stderr}\nXvfb ${display} (${x}) said: ${xvfbLog()}`,
        );
      })) as { sessionId: string; capabilities: { browserName: string; browserVersion: string } };
      version = `${session.capabilities.browserName} ${session.capabilities.browserVersion}`;
      const page = webKitPage((method, path, body) =>
        call(method, `/session/${session.sessionId}${path}`, body),
      );
      await page.resize();
      return page;
    },
    close() {
      stopAll();
      return Promise.resolve();
    },
  };
}

/**
 * A virtual X display for MiniBrowser, numbered as the run's own port: runs on this machine can
 * share /tmp across process namespaces, where each X server takes the other's lock for a stale
 * one, so the usual :0 or xvfb-run's :99 can be taken from under a running browser (it was).
 * It writes its number to fd 3 once it accepts clients.
 */
async function startXvfb(
  number: number,
): Promise<{ server: ChildProcess; display: string; log: () => string }> {
  const server = spawn(
    XVFB,
    // -noreset: by default an X server resets when its last client leaves, and refuses
    // connections meanwhile; each session's MiniBrowser is the only client, so the next one
    // would now and then start into the reset and die with "cannot open display".
    [
      `:${number}`,
      '-displayfd',
      '3',
      '-noreset',
      '-screen',
      '0',
      '1600x1200x24',
      '-nolisten',
      'tcp',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  server.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2000);
  });
  const display = await new Promise<string>((resolve, reject) => {
    server.stdio[3]?.once('data', (chunk: Buffer) => {
      resolve(`:${chunk.toString().trim()}`);
    });
    server.once('exit', (code) => {
      reject(new Error(`Xvfb exited (${code}): ${stderr}`));
    });
    server.once('error', reject);
  });
  return { server, display, log: () => stderr };
}

function stop(child: ChildProcess) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

function webKitPage(call: Call): EnginePage & { resize(): Promise<void> } {
  const evaluate = async <A extends Json[], R>(
    fn: (...args: A) => R,
    ...args: A
  ): Promise<Awaited<R>> => {
    const result = (await call('POST', '/execute/async', {
      script: `const done = arguments[arguments.length - 1];
        Promise.resolve()
          .then(() => ${pageExpression(fn, args)})
          .then((value) => done({ value }), (error) => done({ error: String(error?.stack ?? error) }));`,
      args: [],
    })) as { value: Awaited<R> } | { error: string };
    if ('error' in result) throw new Error(`in the page: ${result.error}`);
    return result.value;
  };

  let errors: string[] = [];
  /** Moves what the page's probe kept into `errors`. */
  const collect = async () => {
    const kept = await evaluate(() => {
      if (location.protocol === 'about:') return [];
      if (!('__xssCalls' in window)) return [`no error probe in ${location.href}: errors unseen`];
      const list = sessionStorage.getItem('__engineErrors');
      sessionStorage.removeItem('__engineErrors');
      return JSON.parse(list ?? '[]') as string[];
    });
    errors.push(...kept);
  };
  const keys = async (values: string[]) => {
    const actions = values.flatMap((value) => [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ]);
    await call('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
  };

  return {
    async resize() {
      // The window's size, chosen so that the viewport inside it is VIEWPORT.
      await call('POST', '/window/rect', VIEWPORT);
      const inner = await evaluate(() => [window.innerWidth, window.innerHeight]);
      await call('POST', '/window/rect', {
        width: 2 * VIEWPORT.width - (inner[0] ?? VIEWPORT.width),
        height: 2 * VIEWPORT.height - (inner[1] ?? VIEWPORT.height),
      });
    },
    async goto(url) {
      // The probe's record is per origin: read it before leaving.
      await collect();
      await call('POST', '/url', { url });
    },
    async reload() {
      await call('POST', '/refresh', {});
    },
    async back() {
      await call('POST', '/back', {});
    },
    async click(selector, text) {
      const what = `${selector}${text === undefined ? '' : ` with text ${text}`}`;
      const element = await waitFor(
        `a shown ${what} to click`,
        async () =>
          (await call('POST', '/execute/sync', {
            script: `return ${pageExpression(findShown, [selector, text ?? null])};`,
            args: [],
          })) as Record<string, string> | null,
      );
      await call('POST', `/element/${element?.[ELEMENT] ?? ''}/click`, {});
    },
    async type(text) {
      await keys(Array.from(new Intl.Segmenter().segment(text), ({ segment }) => segment));
    },
    async press(key) {
      await keys([KEYS[key]]);
    },
    evaluate,
    async screenshot(path) {
      const png = (await call('GET', '/screenshot')) as string;
      await writeFile(path, Buffer.from(png, 'base64'));
    },
    async errors() {
      await collect();
      const taken = errors;
      errors = [];
      return taken;
    },
    async close() {
      await call('DELETE', '');
    },
  };
}
