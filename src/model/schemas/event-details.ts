import { z } from "zod";
import { EdtfSchema, IdSchema } from "./ids.js";

/** A death count as an event dataset gives it: a best estimate, with a low and high bound when known. */
export const DeathsSchema = z
  .object({
    best: z.int().min(0),
    low: z.int().min(0).optional(),
    high: z.int().min(0).optional(),
  })
  .strict();

/**
 * What an event dataset says about one event beyond who and when: where it happened, how many
 * died, and how precisely the dataset knows the date and the place (its own codes, kept as given).
 */
export const EventDetailsSchema = z
  .object({
    place: IdSchema.optional().meta({ description: "Place entity where the event happened" }),
    deaths: DeathsSchema.optional().meta({
      description: "Deaths (UCDP GED best/low/high, ACLED fatalities as best)",
    }),
    period: z.object({ start: EdtfSchema, end: EdtfSchema }).strict().optional().meta({
      description: "The days the dataset brackets the event in, when wider than the one day of `date`",
    }),
    datePrecision: z.int().min(1).optional().meta({
      description: "The dataset's date precision code (UCDP GED date_prec 1–5, ACLED time_precision 1–3)",
    }),
    placePrecision: z.int().min(1).optional().meta({
      description: "The dataset's place precision code (UCDP GED where_prec 1–7, ACLED geo_precision 1–3)",
    }),
  })
  .strict();

/** The event details of a relation imported from an event dataset. */
export type EventDetails = z.infer<typeof EventDetailsSchema>;
