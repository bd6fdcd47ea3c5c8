/** Types for build-freshness.js (plain JavaScript: it runs before the TypeScript build). */
export declare const STAMP: string;
export declare function newestSourceMtime(root: string): number;
export declare function staleReason(root: string, output: string): string | null;
export declare function writeStamp(root: string, startedMs: number): void;
export declare function ensureFreshBuild(
  root: string,
  output: string,
  log?: (line: string) => void,
): void;
