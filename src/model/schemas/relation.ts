import { z } from "zod";
import { EventDetailsSchema } from "./event-details.js";
import { EvidenceSchema } from "./evidence.js";
import { EdtfSchema, IdSchema, NoteSchema } from "./ids.js";
import { RelationKindSchema } from "./vocabulary.js";

/** How firmly a relation is established. */
export const StatusSchema = z.enum(["reported", "claimed", "disputed"]).meta({
  description:
    "reported: the outlet or an independent monitor states it; claimed: a party says so; disputed: sources disagree",
});

/** A relation status. */
export type Status = z.infer<typeof StatusSchema>;

/**
 * A dated relation between two entities. Events carry `date`; states carry `start` and `end`
 * (absent: taken from the span of the evidence; null: open).
 */
export const RelationSchema = z
  .object({
    id: IdSchema,
    kind: RelationKindSchema,
    source: IdSchema,
    target: IdSchema,
    date: EdtfSchema.optional().meta({ description: "Date of an event (not the report's date)" }),
    start: EdtfSchema.nullable()
      .optional()
      .meta({ description: "Start of a state; null when open, absent when taken from the evidence" }),
    end: EdtfSchema.nullable()
      .optional()
      .meta({ description: "End of a state; null when open, absent when taken from the evidence" }),
    status: StatusSchema,
    note: NoteSchema.optional(),
    event: EventDetailsSchema.optional().meta({
      description: "Place, deaths and precision of an event taken from an event dataset (UCDP GED, ACLED)",
    }),
    evidence: z.array(EvidenceSchema).min(1, "a relation needs at least one piece of evidence"),
  })
  .strict();

/** A relation as written in graph-data. */
export type Relation = z.infer<typeof RelationSchema>;
