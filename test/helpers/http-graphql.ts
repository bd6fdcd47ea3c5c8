export interface HttpGqlBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

export interface HttpGqlAnswer {
  status: number;
  json: HttpGqlBody;
  ms: number;
  headers: Headers;
}

/** POSTs a GraphQL request to a running server and times the answer. */
export async function postGraphQL(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<HttpGqlAnswer> {
  const started = performance.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, ...(variables && { variables }) }),
  });
  const json = (await res.json()) as HttpGqlBody;
  return { status: res.status, json, ms: performance.now() - started, headers: res.headers };
}

/** The codes of an answer's errors, for compact assertions. */
export function errorCodes(body: HttpGqlBody): unknown[] {
  return (body.errors ?? []).map((e) => e.extensions?.code);
}
