/** The API lives on the same origin as the pages, so no URL or CORS setting is ever needed. */
export const GRAPHQL_PATH = '/graphql';

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

export interface GraphQLErrorShape {
  message: string;
  extensions?: Record<string, unknown>;
}

export interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: GraphQLErrorShape[];
  extensions?: Record<string, unknown>;
}

/**
 * POSTs one operation as JSON. Apollo's CSRF prevention accepts a request only with a JSON (or
 * otherwise non-simple) content type, which a plain form or image tag cannot send.
 */
export async function postGraphQL<TData>(
  request: GraphQLRequest,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<TData>> {
  const response = await fetch(GRAPHQL_PATH, {
    method: 'POST',
    headers: {
      ...headers,
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
    },
    body: JSON.stringify(request),
  });
  const contentType = response.headers.get('content-type') ?? '';
  if (!contentType.includes('json')) {
    throw new Error(`${GRAPHQL_PATH} answered ${response.status} ${response.statusText}`);
  }
  return (await response.json()) as GraphQLResponse<TData>;
}
