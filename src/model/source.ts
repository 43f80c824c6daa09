/** Where something was written: the file and the 1-based line and column. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
  /** Last position of the node, when known. */
  endLine?: number;
  endColumn?: number;
}
