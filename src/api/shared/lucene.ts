/**
 * Turns typed words into a Lucene query for the full-text indexes. Every Lucene operator
 * character is escaped, so user input can never be a syntax error. `ALL` requires every word
 * (career filters); `ANY` ranks by how many match (search). Each word also matches as a prefix,
 * so "nurs" finds nurses while typing.
 */
export function toLuceneQuery(text: string, mode: 'ALL' | 'ANY'): string | null {
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}'-]+/gu, ''))
    .map((w) => w.replace(/^[-']+|[-']+$/g, ''))
    .filter((w) => w.length > 0)
    .slice(0, 16);
  if (words.length === 0) return null;
  const clauses = words.map((w) => `(${escapeLucene(w)} OR ${escapeLucene(w)}*)`);
  return mode === 'ALL' ? clauses.map((c) => `+${c}`).join(' ') : clauses.join(' ');
}

function escapeLucene(word: string): string {
  return word.replace(/[+\-&|!(){}[\]^"~*?:\\/']/g, '\\$&');
}
