import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './free-port.js';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((candidate) => spawnSync(candidate, ['-v']).status === 0);

/** Whether Debian's nginx is installed (.ci/run installs it). */
export const nginxAvailable = Boolean(NGINX);

export interface NginxProxy {
  /** Round robin over every upstream. */
  balanced: string;
  /** The same proxy configuration, but to one upstream each: to say which instance answers. */
  pinned: string[];
  stop(): Promise<void>;
}

/**
 * A real nginx in front of `upstreams`, configured as an operator would put it before Access:
 * the client's address and protocol forwarded, the answering instance named in a header.
 */
export async function startNginx(upstreams: string[]): Promise<NginxProxy> {
  if (!NGINX) throw new Error('nginx is not installed (apt-get install nginx)');
  const prefix = await mkdtemp(path.join(os.tmpdir(), 'access-nginx-'));
  const ports = await Promise.all([0, ...upstreams].map(() => freePort()));
  const hostOf = (url: string) => new URL(url).host;
  const proxy = `
      proxy_http_version 1.1;
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header Connection "";
      add_header X-Upstream $upstream_addr always;`;
  const server = (port: number, upstream: string) => `
    server {
      listen 127.0.0.1:${port};
      location / { proxy_pass http://${upstream};${proxy}
      }
    }`;
  const config = `
worker_processes 1;
daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  client_max_body_size 10m;
  upstream access { ${upstreams.map((url) => `server ${hostOf(url)};`).join(' ')} keepalive 8; }
  ${upstreams.map((url, index) => `upstream access${index} { server ${hostOf(url)}; keepalive 4; }`).join('\n  ')}
  ${server(ports[0]!, 'access')}
  ${upstreams.map((_url, index) => server(ports[index + 1]!, `access${index}`)).join('\n')}
}`;
  await writeFile(path.join(prefix, 'nginx.conf'), config);
  const child = spawn(NGINX, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const balanced = `http://127.0.0.1:${ports[0]}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      await fetch(`${balanced}/healthz`);
      return {
        balanced,
        pinned: upstreams.map((_url, index) => `http://127.0.0.1:${ports[index + 1]}`),
        async stop() {
          child.kill('SIGQUIT');
          await exited;
          await rm(prefix, { recursive: true, force: true });
        },
      };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  child.kill('SIGKILL');
  throw new Error(`nginx did not start: ${stderr}`);
}
