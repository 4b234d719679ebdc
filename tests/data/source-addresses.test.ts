import { describe, expect, it } from "vitest";
import { shippedGraph } from "../helpers/shipped-graph.js";

describe("where the shipped reports were published", () => {
  it("links the three reports found on the web and says which pages are re-publications", async () => {
    const sources = new Map((await shippedGraph()).dataset.sources.map((s) => [s.id, s]));
    expect(sources.get("ap-2017-09-19")).toMatchObject({
      outlet: "Associated Press",
      republishedBy: "Egypt Independent",
      url: expect.stringContaining("egyptindependent.com"),
    });
    const newArab = sources.get("idlib-counteroffensive-2019-06-06")!;
    expect(newArab.url).toContain("newarab.com");
    expect(newArab.republishedBy).toBeUndefined();
    expect(sources.get("aljazeera-2018-09-08")!.republishedBy).toBe("twnews24.com");
    expect(sources.get("france24-2024-12-01")).toMatchObject({ translatedFrom: "es", language: "en" });
  });

  it("says of every news report without an address that none was found, and keeps what was inferred", async () => {
    const reports = (await shippedGraph()).dataset.sources.filter((s) => s.kind === "news-report");
    expect(reports).toHaveLength(5);
    for (const report of reports) {
      if (report.url === undefined)
        expect(
          report.missing.map((m) => m.field),
          report.id,
        ).toContain("url");
      if (report.republishedBy !== undefined) expect(report.url, report.id).toBeDefined();
      expect(
        report.inferred.map((i) => i.field),
        report.id,
      ).toContain("published");
    }
  });
});
