import type { Deaths } from "./deaths.js";
import type { CategoryRule } from "./event-categories.js";
import type { EventFormat } from "./column-layouts.js";

/** An actor as an event dataset names it, with the dataset's actor-type code when it gives one. */
export interface DatasetActor {
  readonly name: string;
  /** ACLED inter1/inter2 code (1 state forces … 8 external); absent for UCDP GED. */
  readonly typeCode?: string;
}

/** Where an event happened, as the dataset locates it. */
export interface DatasetPlace {
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  /** The first-level administrative unit (GED adm_1, ACLED admin1); empty when not given. */
  readonly province: string;
  /** The dataset's place precision code (GED where_prec, ACLED geo_precision). */
  readonly precision: number;
  /** The dataset places the event in an area, not at a point (GED where_prec 3 and coarser). */
  readonly area: boolean;
}

/** One row of an event dataset, read and checked, before any reconciliation with the graph. */
export interface DatasetEvent {
  readonly format: EventFormat;
  /** The dataset's own event id (GED id, ACLED event_id_cnty). */
  readonly eventId: string;
  readonly line: number;
  /** EDTF date covering the event: a day, or the month or year that holds the dataset's range. */
  readonly date: string;
  /** The dataset's first and last day when the event is bracketed by more than one day. */
  readonly period?: { readonly start: string; readonly end: string };
  readonly datePrecision: number;
  readonly category: CategoryRule;
  /** The actors of each side (GED sides listing several actors; ACLED actor plus associated actors). */
  readonly sideA: readonly DatasetActor[];
  readonly sideB: readonly DatasetActor[];
  /** Whether side B is civilians (GED one-sided violence, ACLED inter2 5–7) or nobody. */
  readonly opponent: "actor" | "civilians" | "none";
  readonly place: DatasetPlace;
  readonly deaths: Deaths;
  /** Where the dataset took the event from, in a few words (GED source office and headline, ACLED source). */
  readonly reportedIn: string;
}
