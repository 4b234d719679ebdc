import type { CommandEntry } from "../command.js";

/**
 * Every `faultline` subcommand, in the order help lists them: its name, a one-line summary and how
 * to load the module that runs it. Only the module of the command being run is imported, so a
 * question does not pay for the analysis, export or import code it does not use.
 */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: "resolve",
    summary: "Find the entity a name denotes (aliases, any case or accents)",
    load: async () => (await import("./resolve.js")).resolveCommand,
  },
  {
    name: "backers",
    summary: "Who backs an entity on a date",
    load: async () => (await import("./counterparty-command.js")).backersCommand,
  },
  {
    name: "backed",
    summary: "Whom an entity backs on a date",
    load: async () => (await import("./counterparty-command.js")).backedCommand,
  },
  {
    name: "allies",
    summary: "An entity's allies on a date",
    load: async () => (await import("./counterparty-command.js")).alliesCommand,
  },
  {
    name: "relations",
    summary: "List relations by kind, entity and date range, with their evidence",
    load: async () => (await import("./relations.js")).relationsCommand,
  },
  {
    name: "snapshot",
    summary: "The whole graph on a date: states holding then, events within a window",
    load: async () => (await import("./snapshot.js")).snapshotCommand,
  },
  {
    name: "centrality",
    summary: "Rank entities by a centrality measure on a date, in a window or over all time",
    load: async () => (await import("./centrality.js")).centralityCommand,
  },
  {
    name: "path",
    summary: "Shortest paths between two entities; time-respecting with --at",
    load: async () => (await import("./path.js")).pathCommand,
  },
  {
    name: "blocs",
    summary: "Blocs of actors that cooperate on a date (Louvain communities)",
    load: async () => (await import("./blocs.js")).blocsCommand,
  },
  {
    name: "balance",
    summary: "Structural balance on a date: unbalanced triads and a balance score",
    load: async () => (await import("./balance.js")).balanceCommand,
  },
  {
    name: "timeline",
    summary: "The relations of an entity (or between two) in date order, with their evidence",
    load: async () => (await import("./timeline.js")).timelineCommand,
  },
  {
    name: "diff",
    summary: "What changed between two dates: relations that began, ended or changed sign",
    load: async () => (await import("./diff.js")).diffCommand,
  },
  {
    name: "measures",
    summary:
      "List the analysis measures (centrality, paths, blocs, balance, timeline, diff) and their parameters",
    load: async () => (await import("./measures.js")).measuresCommand,
  },
  {
    name: "export",
    summary: "Write the graph as GEXF (dynamic, for Gephi's timeline), GraphML, CSV or JSON",
    load: async () => (await import("./export.js")).exportCommand,
  },
  {
    name: "import",
    summary: "Read a GEXF, GraphML, CSV or JSON export, or UCDP GED / ACLED events, into graph-data",
    load: async () => (await import("./import.js")).importCommand,
  },
  {
    name: "events",
    summary: "An actor's counterparties in events (clashes, attacks, fought alongside), by place and date",
    load: async () => (await import("./events.js")).eventsCommand,
  },
  {
    name: "draft",
    summary: "Draft a source, entities and relations from a plain-text report, for review",
    load: async () => (await import("./draft.js")).draftCommand,
  },
  {
    name: "review",
    summary: "Accept, reject or change a draft's proposals and merge them into graph-data",
    load: async () => (await import("./review.js")).reviewCommand,
  },
  {
    name: "stats",
    summary: "Count entities, relations, sources and evidence, by kind and status",
    load: async () => (await import("./stats.js")).statsCommand,
  },
  {
    name: "check",
    summary: "Validate graph-data (or DIR) and print every problem; exit 2 if any",
    load: async () => (await import("./check.js")).checkCommand,
  },
];
