import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { APOC_ALLOWLIST } from '../../src/local-neo4j/local-neo4j';
import { REPO_ROOT } from '../../src/paths';
import { NGINX_TEMPLATE, renderTemplate } from '../../scripts/scale/nginx-config';

/** Docker cannot run here, so the compose file is checked by reading it. */
interface Service {
  image?: string;
  build?: unknown;
  command?: string[];
  ports?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[]; interval: string; retries: number };
  depends_on?: Record<string, { condition: string }>;
  volumes?: string[];
  profiles?: string[];
}

const compose = parse(readFileSync(path.join(REPO_ROOT, 'docker-compose.yml'), 'utf8'), {
  merge: true,
}) as { services: Record<string, Service>; volumes: Record<string, unknown> };

describe('docker-compose.yml', () => {
  const { neo4j, api, seed } = compose.services;

  it('runs the official Neo4j 5.26 Community image with a password, a volume and a healthcheck', () => {
    expect(neo4j?.image).toBe('neo4j:5.26-community');
    expect(neo4j?.environment?.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD:\?/);
    expect(neo4j?.ports).toEqual(['127.0.0.1:7474:7474', '127.0.0.1:7687:7687']);
    expect(neo4j?.volumes?.[0]).toMatch(/^neo4j-data:\/data$/);
    expect(compose.volumes).toHaveProperty('neo4j-data');
    expect(neo4j?.healthcheck?.test.join(' ')).toContain('7474');
  });

  it('loads APOC with the same allow-list as the local Neo4j, and no CORS for other origins', () => {
    expect(neo4j?.environment?.NEO4J_PLUGINS).toBe('["apoc"]');
    expect(neo4j?.environment?.NEO4J_dbms_security_procedures_allowlist?.split(',')).toEqual([
      ...APOC_ALLOWLIST,
    ]);
    expect(neo4j?.environment?.NEO4J_dbms_security_http__access__control__allow__origin).toBe(
      'http://localhost:7474',
    );
  });

  it('seeds once Neo4j is healthy, then starts the API from the Dockerfile', () => {
    expect(seed?.build).toBe('.');
    expect(seed?.command).toEqual(['node', 'dist/src/seed/seed-cli.js']);
    expect(seed?.depends_on?.neo4j?.condition).toBe('service_healthy');
    expect(api?.build).toBe('.');
    expect(api?.depends_on).toEqual({
      neo4j: { condition: 'service_healthy' },
      seed: { condition: 'service_completed_successfully' },
    });
    expect(api?.ports).toEqual(['127.0.0.1:4000:4000']);
    expect(api?.healthcheck?.test.join(' ')).toContain('/readyz');
  });

  it('points the API at the neo4j service with credentials', () => {
    expect(api?.environment).toMatchObject({
      NEO4J_URI: 'bolt://neo4j:7687',
      NEO4J_USER: 'neo4j',
      HOST: '0.0.0.0',
      PORT: '4000',
    });
    expect(api?.environment?.NEO4J_PASSWORD).toMatch(/^\$\{NEO4J_PASSWORD/);
  });

  it('builds an image whose start command is the compiled server', () => {
    const dockerfile = readFileSync(path.join(REPO_ROOT, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^FROM node:20/m);
    expect(dockerfile).toContain('CMD ["node", "dist/src/main.js"]');
    expect(dockerfile).toContain('COPY --from=build /app/seeds ./seeds');
  });
});

describe("docker-compose.yml's scale profile (docs/scaling.md)", () => {
  const { api, nginx } = compose.services;
  const replicas = [compose.services['api-1'], compose.services['api-2']];

  it('runs two API replicas like the api service, only with --profile scale', () => {
    for (const replica of replicas) {
      expect(replica?.profiles).toEqual(['scale']);
      expect(replica?.build).toBe('.');
      expect(replica?.environment).toEqual(api?.environment);
      expect(replica?.depends_on).toEqual(api?.depends_on);
      expect(replica?.healthcheck?.test.join(' ')).toContain('/readyz');
      // Reached only through nginx.
      expect(replica?.ports).toBeUndefined();
    }
  });

  it('runs nginx with the repository template as its whole nginx.conf, on loopback only', () => {
    expect(nginx?.profiles).toEqual(['scale']);
    expect(nginx?.image).toMatch(/^nginx:1\.22/);
    expect(nginx?.volumes).toEqual([
      `./${path.relative(REPO_ROOT, NGINX_TEMPLATE)}:/etc/nginx/templates/nginx.conf.template:ro`,
    ]);
    expect(nginx?.environment?.NGINX_ENVSUBST_OUTPUT_DIR).toBe('/etc/nginx');
    expect(nginx?.ports).toEqual([`127.0.0.1:8080:${nginx?.environment?.NGINX_LISTEN}`]);
    expect(nginx?.depends_on).toEqual({
      'api-1': { condition: 'service_healthy' },
      'api-2': { condition: 'service_healthy' },
    });
  });

  it('gives the template a value for every placeholder, and the upstream names both replicas', () => {
    const values = Object.fromEntries(
      Object.entries(nginx?.environment ?? {}).filter(([k]) => k !== 'NGINX_ENVSUBST_OUTPUT_DIR'),
    );
    // renderTemplate refuses a placeholder without a value and a value without a placeholder.
    const config = renderTemplate(readFileSync(NGINX_TEMPLATE, 'utf8'), values);
    expect(config).toMatch(/server api-1:4000 max_fails=\d+ fail_timeout=\d+s;/);
    expect(config).toMatch(/server api-2:4000 max_fails=\d+ fail_timeout=\d+s;/);
    expect(config).toContain('listen 8080;');
    // envsubst fills every ${NAME}; nginx's own variables must never be written that way.
    expect(config).not.toMatch(/\$\{/);
  });
});
