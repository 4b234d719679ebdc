import { z } from "zod";
import { EdtfSchema, IdSchema, NoteSchema } from "./ids.js";

/** One metadata field we inferred rather than read, and why. */
export const InferredFieldSchema = z.object({
  field: z.enum(["outlet", "title", "published", "url", "language"]),
  reason: NoteSchema,
});

/** A report or reference that facts are taken from. */
export const SourceSchema = z
  .object({
    id: IdSchema,
    kind: z
      .enum(["news-report", "reference"])
      .meta({ description: "A corpus report or a background reference" }),
    outlet: NoteSchema,
    title: NoteSchema,
    published: EdtfSchema,
    url: z.url().optional(),
    file: z
      .string()
      .regex(/^[\w.-]+\.txt$/)
      .optional()
      .meta({ description: "File name in ../shared/corpus, for corpus reports" }),
    language: z.string().regex(/^[a-z]{2,3}$/),
    inferred: z.array(InferredFieldSchema).default([]),
  })
  .strict();

/** A source as validated. */
export type Source = z.infer<typeof SourceSchema>;
