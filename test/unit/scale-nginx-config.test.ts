import { renderNginxConfig, renderTemplate } from '../../scripts/scale/nginx-config';
import { downFlags, type ReplicaState } from '../../scripts/scale/readiness-watcher';

describe("the scale demo's nginx template", () => {
  it('when a placeholder has no value, or a value no placeholder, then rendering refuses', () => {
    expect(() => renderTemplate('listen ${A};', {})).toThrow('no value for ${A}');
    expect(() => renderTemplate('listen ${A};', { A: '1', B: '2' })).toThrow(
      'no placeholder for B',
    );
    // nginx's own variables are left alone.
    expect(renderTemplate('add_header X $upstream_addr; listen ${A};', { A: '80' })).toBe(
      'add_header X $upstream_addr; listen 80;',
    );
  });

  it('when the watcher marks a replica down, then only its server line says so', () => {
    const config = renderNginxConfig({
      listen: '127.0.0.1:8080',
      stateDir: '/tmp/x',
      accessLog: 'off',
      replicas: [
        { address: '127.0.0.1:4001', down: false },
        { address: '127.0.0.1:4002', down: true },
      ],
    });
    expect(config).toMatch(/server 127\.0\.0\.1:4001 max_fails=\d+ fail_timeout=\d+s;/);
    expect(config).toMatch(/server 127\.0\.0\.1:4002 max_fails=\d+ fail_timeout=\d+s down;/);
    expect(config).toContain('listen 127.0.0.1:8080;');
    // Retries stay on idempotent requests (see the template's comment).
    expect(config).toMatch(/^\s*proxy_next_upstream error timeout http_502 http_503;$/m);
  });
});

describe('which replicas the watcher marks down', () => {
  const states = (...s: ReplicaState[]): Map<string, ReplicaState> =>
    new Map(s.map((state, i) => [`api-${i + 1}`, state]));
  const names = ['api-1', 'api-2'];

  it('when one is not ready or down, then that one', () => {
    expect(downFlags(names, states('ready', 'not-ready'))).toEqual([false, true]);
    expect(downFlags(names, states('down', 'ready'))).toEqual([true, false]);
  });

  it('when none is ready, then none (nginx would answer everything 502 itself)', () => {
    expect(downFlags(names, states('down', 'not-ready'))).toEqual([false, false]);
  });
});
