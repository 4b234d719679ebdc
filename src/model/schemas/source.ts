import { z } from "zod";
import { EdtfSchema, IdSchema, NoteSchema } from "./ids.js";

/** One metadata field we inferred rather than read, and why. */
export const InferredFieldSchema = z.object({
  field: z.enum(["outlet", "title", "published", "url", "language"]),
  reason: NoteSchema,
});

/** One metadata field we looked for and did not find, and where or how we looked. */
export const MissingFieldSchema = z.object({
  field: z.enum(["outlet", "title", "published", "url"]),
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
    url: z.url({ protocol: /^https?$/, error: "only http:// and https:// addresses are allowed" }).optional(),
    republishedBy: NoteSchema.optional().meta({
      description:
        "Site whose page `url` is, when that page re-publishes the outlet's report rather than being the outlet's own",
    }),
    translatedFrom: z
      .string()
      .regex(/^[a-z]{2,3}$/)
      .optional()
      .meta({ description: "The text we hold is a translation; language code of the report as published" }),
    file: z
      .string()
      .regex(/^[\w.-]+\.txt$/)
      .optional()
      .meta({ description: "File name of the report in the corpus folder, for corpus reports" }),
    language: z.string().regex(/^[a-z]{2,3}$/),
    inferred: z.array(InferredFieldSchema).default([]),
    missing: z
      .array(MissingFieldSchema)
      .default([])
      .meta({ description: "Metadata looked for and not found (e.g. no page of the report was located)" }),
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
