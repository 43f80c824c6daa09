/** Where something was written: the file and the 1-based line and column. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
  /** Last position of the node, when known. */
  endLine?: number;
  endColumn?: number;
  /**
   * For a roadmap loaded as data (`loadRoadmapObject`), which has no lines: where the value is,
   * as a JSON Pointer (RFC 6901, `/plan/items/3/deadline`); `line` and `column` are then 0.
   */
  pointer?: string;
}
