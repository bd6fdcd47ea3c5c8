import { auditServer, type AuditResult } from 'graphql-http';
import { useSeededServer } from '../helpers/http-graphql';

/**
 * graphql-http's audit of the GraphQL-over-HTTP spec against the running server. MUST items are
 * errors when they fail; the SHOULD/MAY items that fail are the warnings and notices the README
 * explains ("Limits and failure modes").
 */
describe('GraphQL over HTTP (graphql-http audit)', () => {
  const server = useSeededServer();
  let results: AuditResult[];
  beforeAll(async () => {
    results = await auditServer({ url: `${server.url}/graphql` });
  });

  it('when the audit runs, then no MUST requirement fails', () => {
    const errors = results.flatMap((r) => (r.status === 'error' ? [`${r.name}: ${r.reason}`] : []));
    expect(errors).toEqual([]);
  });

  it('when the audit runs, then the only SHOULDs that fail are the three the README explains: 400, not 200, for a request that cannot run', () => {
    const warnings = results.filter((r) => r.status === 'warn').map((r) => r.name);
    expect(warnings.sort()).toEqual([
      'SHOULD use 200 status code on document parsing failure when accepting application/json',
      'SHOULD use 200 status code on document validation failure when accepting application/json',
      'SHOULD use a status code of 200 on variable coercion failure when accepting application/json',
    ]);
  });
});
