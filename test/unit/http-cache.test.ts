import { readFileSync } from 'node:fs';
import {
  entityTag,
  ifNoneMatchHits,
  requestFromSearch,
  requestKey,
  type CachePolicy,
} from '../../src/api/http-cache/http-cache';
import {
  documentId,
  ManifestError,
  TrustedDocuments,
} from '../../src/api/http-cache/trusted-documents';
import { DEFAULT_MANIFEST } from '../../src/paths';
import {
  buildManifest,
  manifestText,
  repositoryOperations,
} from '../../scripts/persisted-manifest';

const POLICY: CachePolicy = { maxAgeSeconds: 60, staleWhileRevalidateSeconds: 30, build: 'b1' };
const QUERY = 'query Nurse($slug: ID!) { career(slug: $slug) { title } }';

describe('HTTP cache tags', () => {
  it('gives a GET and a POST of one request the same key, and a persisted query sent by hash the key of its text', () => {
    const search = new URLSearchParams({
      query: QUERY,
      operationName: 'Nurse',
      variables: '{"slug":"registered-nurses"}',
    });
    const post = { query: QUERY, operationName: 'Nurse', variables: { slug: 'registered-nurses' } };
    expect(requestKey(requestFromSearch(search) ?? {})).toBe(requestKey(post));
    const hash = { persistedQuery: { version: 1, sha256Hash: documentId(QUERY).toUpperCase() } };
    expect(requestKey({ ...post, query: undefined, extensions: hash })).toBe(requestKey(post));
    expect(requestKey({ ...post, variables: { slug: 'dental-hygienists' } })).not.toBe(
      requestKey(post),
    );
    expect(requestKey({ variables: {} })).toBeNull();
  });

  it('reads no request from repeated parameters or variables that are not a JSON object', () => {
    expect(requestFromSearch(new URLSearchParams('query=a&query=b'))).toBeNull();
    expect(requestFromSearch(new URLSearchParams('query=a&variables={}&variables={}'))).toBeNull();
    expect(
      requestFromSearch(new URLSearchParams('query=a&extensions={}&extensions={}')),
    ).toBeNull();
    expect(requestFromSearch(new URLSearchParams('query=a&variables=%7Bnope'))).toBeNull();
    expect(requestFromSearch(new URLSearchParams('query=a&variables=[1]'))).toBeNull();
    expect(requestFromSearch(new URLSearchParams('query=a'))).toEqual({ query: 'a' });
  });

  it('names the graph version in a weak tag, and changes it with the version, the build and the request', () => {
    const key = requestKey({ query: QUERY }) as string;
    const tag = entityTag(POLICY, 7, key);
    expect(tag).toMatch(/^W\/"g7-[\w-]{27}"$/);
    expect(entityTag(POLICY, 7, key)).toBe(tag);
    expect(entityTag(POLICY, 8, key)).not.toBe(tag);
    expect(entityTag({ ...POLICY, build: 'b2' }, 7, key)).not.toBe(tag);
    expect(entityTag(POLICY, 7, requestKey({ query: `${QUERY} ` }) as string)).not.toBe(tag);
  });

  it('compares If-None-Match weakly, in a list, and takes * for any tag', () => {
    const tag = 'W/"g7-abc"';
    expect(ifNoneMatchHits(tag, tag)).toBe(true);
    expect(ifNoneMatchHits('"g7-abc"', tag)).toBe(true);
    expect(ifNoneMatchHits('"x", W/"g7-abc" ', tag)).toBe(true);
    expect(ifNoneMatchHits('*', tag)).toBe(true);
    expect(ifNoneMatchHits('W/"g6-abc"', tag)).toBe(false);
    expect(ifNoneMatchHits('', tag)).toBe(false);
  });
});

describe('trusted documents', () => {
  const manifest = buildManifest([{ source: 'test', body: QUERY }]);

  it('answers a listed text or hash, refuses anything else with the reason', () => {
    const docs = TrustedDocuments.fromManifest(manifest);
    const hash = (h: string) => ({ persistedQuery: { version: 1, sha256Hash: h } });
    expect(docs.refusal({ query: QUERY })).toBeNull();
    expect(docs.refusal({ extensions: hash(documentId(QUERY)) })).toBeNull();
    expect(docs.refusal({ query: `${QUERY}\n` })).toMatch(/text is not in the manifest/);
    expect(docs.refusal({ extensions: hash('0'.repeat(64)) })).toMatch(/hash is not in/);
  });

  it('serves Apollo the manifest as a store nothing can be added to', async () => {
    const cache = TrustedDocuments.fromManifest(manifest).apqCache();
    expect(await cache.get(`apq:${documentId(QUERY)}`)).toBe(QUERY);
    await cache.set(`apq:${'1'.repeat(64)}`, '{ __typename }');
    expect(await cache.get(`apq:${'1'.repeat(64)}`)).toBeUndefined();
  });

  it('refuses a manifest in another format, or whose id is not the hash of its body', () => {
    expect(() => TrustedDocuments.fromManifest({ operations: [] })).toThrow(ManifestError);
    const forged = {
      ...manifest,
      operations: manifest.operations.map((o) => ({
        ...o,
        body: '{ __schema { types { name } } }',
      })),
    };
    expect(() => TrustedDocuments.fromManifest(forged)).toThrow(/not the SHA-256 of its body/);
    expect(() => TrustedDocuments.load('/nonexistent/manifest.json')).toThrow(/cannot read/);
  });

  it('refuses documents without exactly one named operation, or with a name used twice', () => {
    expect(() => buildManifest([{ source: 'a', body: '{ __typename }' }])).toThrow(/one named/);
    expect(() =>
      buildManifest([
        { source: 'a', body: QUERY },
        { source: 'b', body: 'query Nurse { __typename }' },
      ]),
    ).toThrow(/Nurse is also in a/);
  });

  it('the committed manifest is what npm run persisted:manifest writes from the repository', () => {
    expect(readFileSync(DEFAULT_MANIFEST, 'utf8')).toBe(
      manifestText(buildManifest(repositoryOperations())),
    );
  });
});
