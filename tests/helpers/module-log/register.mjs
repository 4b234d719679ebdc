// `node --import` this file to log every module a process loads into $FAULTLINE_MODULE_LOG.
import { register } from "node:module";

register("./hooks.mjs", import.meta.url, { data: { logFile: process.env.FAULTLINE_MODULE_LOG } });
