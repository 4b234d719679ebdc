import { describe, expect, it } from "vitest";
import { runCli, runCliJson } from "../helpers/run-cli.js";

interface Answer {
  id: string;
}
interface EntityOut {
  id: string;
}

describe("names as the press writes them, on the command line", () => {
  it.each([
    ["the Syrian government", "syrian-government"],
    ["the SDF", "sdf"],
    ["the White Helmets", "white-helmets"],
    ["Daesh", "islamic-state"],
    ["ISIL", "islamic-state"],
    ["Hizballah", "hezbollah"],
    ["Haiat Tahrir al-Sham", "hts"],
    ["Hay'at Tahrir al-Sham", "hts"],
    ["Levant Liberation Organisation", "hts"],
    ["Jabhat al-Wataniya lil-Tahrir", "nlf"],
    ["government troops", "syrian-government"],
    ["regime forces", "syrian-government"],
    ["Assad's forces", "syrian-government"],
    ["Turkish-backed fighters", "sna"],
    ["Kurdish-led forces", "sdf"],
    ["Turkey's", "turkey"],
    ["al-Qaeda", "al-qaeda"],
  ])("resolve %j gives %s", (name, id) => {
    expect(runCliJson<EntityOut>(["resolve", name]).id).toBe(id);
  });

  it("answers backers of the Syrian government named with an article (it used to exit 1)", () => {
    const run = runCli(["backers", "the Syrian government", "--at", "2018-09"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("russia");
  });

  it("reads a capital as its government in a question about actors, and says so", () => {
    const run = runCli(["backers", "Damascus", "--at", "2018-09", "--json"]);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as Answer[]).map((a) => a.id)).toEqual(
      expect.arrayContaining(["russia", "iran"]),
    );
    expect(run.stderr).toContain("Syrian government (syrian-government)");
    expect(run.stderr).toContain("Damascus (damascus)");
    expect(runCliJson<Answer[]>(["backed", "Ankara", "--at", "2024-11-28"]).map((a) => a.id)).toContain(
      "sna",
    );
  });

  it("still offers the city for Damascus outside questions about actors", () => {
    expect(runCliJson<EntityOut>(["resolve", "Damascus"]).id).toBe("damascus");
    const all = runCliJson<EntityOut[]>(["resolve", "Damascus", "--all"]).map((e) => e.id);
    expect(all).toEqual(["damascus", "syrian-government"]);
  });

  it("says a name several actors answer to is ambiguous", () => {
    const run = runCli(["allies", "Kurdish forces", "--at", "2018-09-08"]);
    expect(run.stderr).toMatch(/"Kurdish forces" is ambiguous/);
    expect(run.stderr).toContain("sdf");
  });
});
