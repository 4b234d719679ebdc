/** A validated item together with where it came from, so later checks can point back at it. */
export interface Located<T> {
  readonly value: T;
  readonly file: string;
  /** Path of the item inside its file, e.g. `["relations", 3]`. */
  readonly path: readonly (string | number)[];
}
