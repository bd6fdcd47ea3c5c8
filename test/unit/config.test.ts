import { loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('uses the local loopback database when NEO4J_URI is unset', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.neo4j).toEqual({ kind: 'local', boltPort: 7687, httpPort: 7474, dir: '.neo4j' });
  });

  it('uses NEO4J_URI with its credentials and database', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://db.example.org',
      NEO4J_USER: 'reader',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'careers',
      PORT: '8080',
    });
    expect(config.port).toBe(8080);
    expect(config.neo4j).toEqual({
      kind: 'external',
      uri: 'neo4j+s://db.example.org',
      user: 'reader',
      password: 'secret',
      database: 'careers',
    });
  });

  it('names every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://x', LOG_LEVEL: 'loud' })).toThrow(
      /PORT[\s\S]*NEO4J_URI[\s\S]*LOG_LEVEL|PORT[\s\S]*LOG_LEVEL[\s\S]*NEO4J_URI/,
    );
  });

  it('refuses a user without a password for a remote database', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://h:7687', NEO4J_USER: 'u' })).toThrow(
      /NEO4J_USER and NEO4J_PASSWORD together/,
    );
  });
});
