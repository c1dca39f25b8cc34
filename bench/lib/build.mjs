import { spawn } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Production builds into bench/.work, never dist/ (other engineers' tests use it).
 * Runs Vite's CLI in a child process, as `npm run build` does: the app, the prerender build the
 * archive tool renders pages with (its `--renderer`: dist-prerender/ may be another checkout's
 * or a stale build), and the floor app.
 * @param {string} repo the repository root
 * @param {string} work bench/.work
 */
export async function buildApps(repo, work) {
  const vite = join(repo, 'node_modules', 'vite', 'bin', 'vite.js');
  const app = join(work, 'app-dist');
  const floor = join(work, 'floor-dist');
  const prerender = join(work, 'app-prerender');
  await run(repo, [vite, 'build', '--outDir', app, '--emptyOutDir', '--logLevel', 'warn'], 'app');
  await run(
    repo,
    [
      vite,
      'build',
      '--ssr',
      'src/prerender/render-page.tsx',
      '--outDir',
      prerender,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    'prerender build',
  );
  await run(
    repo,
    [
      vite,
      'build',
      'bench/floor',
      '--config',
      'bench/floor/vite.config.mjs',
      '--outDir',
      floor,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    'floor app',
  );
  return { app, floor, prerender };
}

/** Serves `feedFile` as the build's feed.json (the apps fetch feed.json beside index.html). */
export function installFeed(/** @type {string} */ dist, /** @type {string} */ feedFile) {
  copyFileSync(feedFile, join(dist, 'feed.json'));
}

/** @param {string} cwd @param {string[]} args @param {string} what */
function run(cwd, args, what) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      // Vite warns about the large opencc dictionary chunks; only a failure matters here.
      if (code === 0) resolve(undefined);
      else reject(new Error(`Building the ${what} failed (exit ${code}):\n${stderr}`));
    });
  });
}
