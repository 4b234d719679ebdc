import { describe, expect, it } from "vitest";
import { resolveDatePhrase } from "../../src/draft/dates.js";

describe("dates resolved against the publication day, at the precision the text gives", () => {
  it.each([
    ["on Wednesday", "2024-11-28", "2024-11-27"], // the Wednesday before a Thursday report
    ["on Thursday", "2024-11-28", "2024-11-28"], // the publication day itself
    ["on Friday", "2018-09-08", "2018-09-07"],
    ["Saturday evening", "2024-12-01", "2024-11-30"],
    ["last month", "2024-11-28", "2024-10"],
    ["in March", "2017-09-19", "2017-03"], // the last March before publication
    ["in December", "2024-11-28", "2023-12"], // not the coming December
    ["in late April", "2019-06-06", "2019-04"],
    ["since 2012", "2019-06-06", "2012"],
    ["in 2020", "2024-11-28", "2020"],
    ["earlier this year", "2024-11-28", "2024"],
    ["on November 27", "2024-12-01", "2024-11-27"],
    ["on Sunday, December 1", "2024-12-01", "2024-12-01"],
    ["on 3 March 2021", "2024-01-01", "2021-03-03"],
  ])("%s (published %s) → %s", (phrase, published, expected) => {
    expect(resolveDatePhrase(phrase, published)).toBe(expected);
  });

  it("a phrase that names no date gives none", () => {
    expect(resolveDatePhrase("over the past week", "2018-09-08")).toBeNull();
  });
});
