import type { Command } from "../command";
import { balanceCommand } from "./balance";
import { blocsCommand } from "./blocs";
import { centralityCommand } from "./centrality";
import { checkCommand } from "./check";
import { alliesCommand, backedCommand, backersCommand } from "./counterparty-command";
import { diffCommand } from "./diff";
import { exportCommand } from "./export";
import { importCommand } from "./import";
import { measuresCommand } from "./measures";
import { pathCommand } from "./path";
import { relationsCommand } from "./relations";
import { resolveCommand } from "./resolve";
import { snapshotCommand } from "./snapshot";
import { statsCommand } from "./stats";
import { timelineCommand } from "./timeline";

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
