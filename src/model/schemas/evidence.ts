import { z } from "zod";
import { IdSchema, NoteSchema } from "./ids.js";

/** One piece of evidence: where a source states a relation, in our own words, and on whose word. */
export const EvidenceSchema = z
  .object({
    source: IdSchema.meta({ description: "Id of the source" }),
    paragraph: z
      .int()
      .min(1)
      .optional()
      .meta({ description: "1-based paragraph (non-empty line) of the source; required for news reports" }),
    note: NoteSchema.meta({ description: "What the source says, in our own words" }),
    claimedBy: IdSchema.optional().meta({
      description: "Entity whose unconfirmed claim this is (a party to the conflict); absent when reported",
    }),
    reportedBy: IdSchema.optional().meta({
      description:
        "Monitor, agency or person the outlet attributes the report to (e.g. SOHR); absent for the outlet",
    }),
    record: z.string().trim().min(1).optional().meta({
      description: "The record of a dataset source this evidence is, e.g. a UCDP GED or ACLED event id",
    }),
  })
  .strict();

/** A piece of evidence as validated. */
export type Evidence = z.infer<typeof EvidenceSchema>;
