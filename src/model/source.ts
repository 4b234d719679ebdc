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
      .enum(["news-report", "reference", "dataset"])
      .meta({ description: "A corpus report, a background reference or an event dataset (UCDP GED, ACLED)" }),
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
    citation: NoteSchema.optional().meta({ description: "How the dataset asks to be cited (datasets)" }),
    version: NoteSchema.optional().meta({ description: "Release or export of the dataset (datasets)" }),
    licence: NoteSchema.optional().meta({ description: "Terms the dataset is used under (datasets)" }),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.kind !== "dataset") return;
    for (const field of ["citation", "version", "licence"] as const) {
      if (s[field] === undefined)
        ctx.addIssue({ code: "custom", path: [field], message: `a dataset source needs its ${field}` });
    }
  });

/** A source as validated. */
export type Source = z.infer<typeof SourceSchema>;
