import type { Command } from "../command";
import { checkCommand } from "./check";
import { alliesCommand, backedCommand, backersCommand } from "./counterparty-command";
import { relationsCommand } from "./relations";
import { resolveCommand } from "./resolve";
import { snapshotCommand } from "./snapshot";
import { statsCommand } from "./stats";

/** Every `faultline` subcommand, in the order help lists them. */
export const COMMANDS: readonly Command[] = [
  resolveCommand,
  backersCommand,
  backedCommand,
  alliesCommand,
  relationsCommand,
  snapshotCommand,
  statsCommand,
  checkCommand,
];
