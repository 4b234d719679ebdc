/**
 * The GEXF edges of the format fixture, worked out by hand: relations of one kind between the
 * same two entities merged (either way round for a symmetric kind), each relation's days from
 * the first day its start may denote to the last its end may denote, null for an open bound;
 * periods that overlap or touch joined; an edge that always holds has none.
 */
export const FIXTURE_GEXF_EDGES = [
  {
    id: "ally--allied-with--rebels",
    source: "ally",
    target: "rebels",
    kind: "allied-with",
    relations: ["ally-allied-rebels-2011", "rebels-allied-ally"],
    spells: [
      ["2011-04-01", "2011-05-31"],
      ["2012-01-01", null],
    ],
  },
  {
    id: "envoy--represents--un",
    source: "envoy",
    target: "un",
    kind: "represents",
    relations: ["envoy-represents-un"],
    spells: [["2018-09-01", "2019-12-31"]],
  },
  {
    id: "gov--attacked--rebels",
    source: "gov",
    target: "rebels",
    kind: "attacked",
    relations: ["gov-attacked-rebels"],
    spells: [["2018-09-06", "2018-09-06"]],
  },
  {
    id: "gov--negotiated-with--rebels",
    source: "gov",
    target: "rebels",
    kind: "negotiated-with",
    relations: ["gov-negotiated-rebels"],
    spells: [["2017-05-04", "2017-05-04"]],
  },
  {
    id: "patron--backs--gov",
    source: "patron",
    target: "gov",
    kind: "backs",
    relations: ["patron-backs-gov", "patron-backs-gov-early"],
    spells: [
      ["2011-01-01", "2012-06-30"],
      ["2018-09-08", "2024-12-01"],
    ],
  },
  {
    id: "rebels--captured--idlib",
    source: "rebels",
    target: "idlib",
    kind: "captured",
    relations: ["rebels-captured-idlib"],
    spells: [["2015-03-01", "2015-03-31"]],
  },
  {
    id: "rebels--captured--town",
    source: "rebels",
    target: "town",
    kind: "captured",
    relations: ["rebels-captured-town", "rebels-captured-town-2016"],
    spells: [
      ["2016-08-01", "2016-08-31"],
      ["2024-11-28", "2024-11-28"],
    ],
  },
  // Controls the captures start (derived when the data is loaded): from the capture to the report.
  {
    id: "rebels--controls--idlib",
    source: "rebels",
    target: "idlib",
    kind: "controls",
    relations: ["rebels-captured-idlib-control"],
    spells: [["2015-03-01", "2018-09-08"]],
  },
  {
    id: "rebels--controls--town",
    source: "rebels",
    target: "town",
    kind: "controls",
    relations: ["rebels-captured-town-2016-control", "rebels-captured-town-control"],
    spells: [
      ["2016-08-01", "2018-09-08"],
      ["2024-11-28", "2024-12-01"],
    ],
  },
  {
    id: "town--located-in--province",
    source: "town",
    target: "province",
    kind: "located-in",
    relations: ["town-in-province"],
    spells: [],
  },
  {
    id: "un--brokered-ceasefire--idlib",
    source: "un",
    target: "idlib",
    kind: "brokered-ceasefire",
    relations: ["un-brokered-ceasefire-idlib"],
    spells: [["2018-09-07", "2018-09-07"]],
  },
] as const;
