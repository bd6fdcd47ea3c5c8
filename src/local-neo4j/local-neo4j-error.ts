/** A start-up problem of the local Neo4j the person can fix; printed without a stack. */
export class LocalNeo4jError extends Error {
  override readonly name = 'LocalNeo4jError';
}

export const ALTERNATIVES =
  'Alternatives: point the API at an existing Neo4j 5 with NEO4J_URI (plus NEO4J_USER, ' +
  'NEO4J_PASSWORD, NEO4J_DATABASE), or run `docker compose up` on a machine with Docker.';
