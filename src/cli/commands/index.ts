import type { Command } from "../command.js";
import { balanceCommand } from "./balance.js";
import { blocsCommand } from "./blocs.js";
import { centralityCommand } from "./centrality.js";
import { checkCommand } from "./check.js";
import { alliesCommand, backedCommand, backersCommand } from "./counterparty-command.js";
import { diffCommand } from "./diff.js";
import { exportCommand } from "./export.js";
import { importCommand } from "./import.js";
import { measuresCommand } from "./measures.js";
import { pathCommand } from "./path.js";
import { relationsCommand } from "./relations.js";
import { resolveCommand } from "./resolve.js";
import { snapshotCommand } from "./snapshot.js";
import { statsCommand } from "./stats.js";
import { timelineCommand } from "./timeline.js";

/** Every `faultline` subcommand, in the order help lists them. */
export const COMMANDS: readonly Command[] = [
  resolveCommand,
  backersCommand,
  backedCommand,
  alliesCommand,
  relationsCommand,
  snapshotCommand,
  centralityCommand,
  pathCommand,
  blocsCommand,
  balanceCommand,
  timelineCommand,
  diffCommand,
  measuresCommand,
  exportCommand,
  importCommand,
  statsCommand,
  checkCommand,
];
