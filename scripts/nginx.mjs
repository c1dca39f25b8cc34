// Debian's nginx serving a folder on a loopback port, with the configuration docs/deploying.md gives
// publishers (prerendered pages, else the app shell; gzip; a missing .json answered with 404): the
// e2e tests and the benchmark serve generated archives with it, as a real static host would.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/**
 * The server block of docs/deploying.md for a reader deployed at `base` ('/' or a sub-path like '/news/').
 * Article documents, pages and section feeds may be cached long; feed.json and HTML briefly.
 * `feedCache`: feed.json's Cache-Control (a test sends `no-store`).
 * @param {{ root: string, port: number, base?: string, feedCache?: string }} options
 */
export function serverBlock({ root, port, base = '/', feedCache = 'public, max-age=60' }) {
  return `server {
    listen 127.0.0.1:${port};
    root ${root};
    gzip on;
    gzip_types application/json application/javascript text/css image/svg+xml application/xml;

    # A missing .json is a 404, never the app's shell. The feeds change with every story;
    # pages and article documents only when one is corrected or withdrawn.
    location ~ ^${base}(feed\\.json|sections/[^/]+/feed\\.json)$ {
      try_files $uri =404;
      add_header Cache-Control "${feedCache}";
    }
    location ~ \\.json$ {
      try_files $uri =404;
      add_header Cache-Control "public, max-age=3600, stale-while-revalidate=86400";
    }
    location ${base}assets/ {
      add_header Cache-Control "public, max-age=31536000, immutable";
    }
    # How open tabs learn of a new deploy: never kept without asking.
    location = ${base}service-worker.js {
      add_header Cache-Control "no-cache";
    }
    # What prerendered pages name instead of hashed files: the current build's, so asked anew.
    location ~ ^${base}reader\\.(js|css)$ {
      add_header Cache-Control "no-cache";
    }
    # A page is the file the archive tool prerendered for it (/articles/<id> is articles/<id>.html,
    # home index.html), else the bare app shell: never index.html, the prerendered home. A page
    # changes when its story is corrected: kept a minute, like the feed that lists it.
    location ${base} {
      try_files $uri $uri.html $uri/index.html ${base}__spa-fallback.html;
      add_header Cache-Control "public, max-age=60";
    }
  }`;
}

/**
 * Starts nginx in the foreground on 127.0.0.1:`port`; resolves once it answers. `served()`
 * lists the paths it has answered so far, in order: what reached the host, not what a
 * browser's cache answered.
 * @param {{ root: string, port: number, base?: string, feedCache?: string }} options
 */
export async function startNginx({ root, port, base = '/', feedCache }) {
  const prefix = await mkdtemp(join(tmpdir(), 'nginx-'));
  const config = join(prefix, 'nginx.conf');
  await writeFile(
    config,
    `daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
${process.getuid?.() === 0 ? 'user root;' : ''}
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  log_format paths '$uri';
  access_log ${prefix}/access.log paths;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  ${serverBlock({ root, port, base, feedCache })}
}
`,
  );
  const child = spawn(NGINX, ['-e', join(prefix, 'error.log'), '-p', prefix, '-c', config], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const url = `http://127.0.0.1:${port}${base}`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr}`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) {
      return {
        url,
        served: async () =>
          (await readFile(join(prefix, 'access.log'), 'utf8')).split('\n').filter(Boolean),
        stop: async () => {
          child.kill('SIGTERM');
          await new Promise((resolve) => child.once('exit', resolve));
          await rm(prefix, { recursive: true, force: true });
        },
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error(`nginx did not answer at ${url}: ${stderr}`);
}
