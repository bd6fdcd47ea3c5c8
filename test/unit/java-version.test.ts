import {
  findJava,
  javaCandidates,
  LocalNeo4jError,
  parseJavaMajor,
} from '../../src/local-neo4j/local-neo4j';

describe('parseJavaMajor', () => {
  it('reads modern and legacy version strings', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('openjdk version "25" 2025-09-16')).toBe(25);
    expect(parseJavaMajor('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaMajor('no java here')).toBeNull();
  });
});

describe('findJava', () => {
  it('when no Java 17 or 21 can be run, then the error says so and names the alternatives', () => {
    expect(() => findJava(['/nonexistent/bin/java'])).toThrow(LocalNeo4jError);
    expect(() => findJava(['/nonexistent/bin/java'])).toThrow(
      /needs Java 17 or 21[\s\S]*NEO4J_URI[\s\S]*docker compose up/,
    );
  });

  it('when LOCAL_NEO4J_JAVA is set, then it is tried first', () => {
    expect(javaCandidates({ LOCAL_NEO4J_JAVA: '/opt/jdk/bin/java' })[0]).toBe('/opt/jdk/bin/java');
  });
});
