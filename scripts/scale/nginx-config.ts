import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../src/paths';

/** The one nginx configuration, shared with docker-compose.yml's `scale` profile. */
export const NGINX_TEMPLATE = path.join(REPO_ROOT, 'deploy', 'nginx', 'nginx.conf.template');

export interface NginxSettings {
  listen: string;
  stateDir: string;
  accessLog: string;
  /** The replicas' host:port, in template order, and whether each is marked down. */
  replicas: ReadonlyArray<{ address: string; down: boolean }>;
}

/** The template's placeholders, as the official image's envsubst would get them. */
export function templateValues(settings: NginxSettings): Record<string, string> {
  const values: Record<string, string> = {
    NGINX_LISTEN: settings.listen,
    NGINX_STATE_DIR: settings.stateDir,
    NGINX_ACCESS_LOG: settings.accessLog,
  };
  settings.replicas.forEach((replica, i) => {
    values[`NGINX_REPLICA_${i + 1}`] = replica.address;
    values[`NGINX_REPLICA_${i + 1}_FLAGS`] = replica.down ? ' down' : '';
  });
  return values;
}

/**
 * Fills `${NAME}` placeholders as envsubst does, but strictly: a placeholder with no value, or a
 * value with no placeholder, is an error, so the template and this code cannot drift apart quietly.
 */
export function renderTemplate(template: string, values: Readonly<Record<string, string>>): string {
  const unused = new Set(Object.keys(values));
  const rendered = template.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${NGINX_TEMPLATE}: no value for \${${name}}`);
    unused.delete(name);
    return value;
  });
  if (unused.size > 0) {
    throw new Error(`${NGINX_TEMPLATE} has no placeholder for ${[...unused].join(', ')}`);
  }
  return rendered;
}

export function renderNginxConfig(settings: NginxSettings): string {
  return renderTemplate(readFileSync(NGINX_TEMPLATE, 'utf8'), templateValues(settings));
}
