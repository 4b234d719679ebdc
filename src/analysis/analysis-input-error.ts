/** Thrown when an analysis is asked something it cannot answer as posed; carries every problem found. */
export class AnalysisInputError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join("; "));
    this.name = "AnalysisInputError";
  }
}
