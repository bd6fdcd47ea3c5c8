/** Stops the Neo4j that global-setup started (a database named by NEO4J_URI is left running). */
export default async function globalTeardown(): Promise<void> {
  await globalThis.__LOCAL_NEO4J__?.stop();
}
