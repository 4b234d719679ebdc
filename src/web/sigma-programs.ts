import EdgeCurveProgram, { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import { EdgeArrowProgram, EdgeRectangleProgram } from "sigma/rendering";
import type { Settings } from "sigma/settings";

/** The edge programs the graph view's sigma draws with, by edge type. */
export const EDGE_PROGRAMS = {
  arrow: EdgeArrowProgram,
  line: EdgeRectangleProgram,
  curvedArrow: EdgeCurvedArrowProgram,
  curved: EdgeCurveProgram,
};

/** The settings sigma builds its WebGL contexts and programs from when it is created (startSigma uses them too). */
export const SIGMA_CONTEXT_SETTINGS: Partial<Settings> = {
  edgeProgramClasses: EDGE_PROGRAMS,
  enableEdgeEvents: true,
};
