import { z } from "zod";
import { EdtfSchema, EntityKindSchema, IdSchema, RelationKindSchema, StatusSchema } from "../model/index.js";
import type { Draft } from "./draft-types.js";

const Span = z.object({ start: z.int().min(0), end: z.int().min(0) });

const EvidenceSchema = z.object({
  source: IdSchema,
  paragraph: z.int().min(1),
  note: z.string().min(1),
  claimedBy: IdSchema.optional(),
  reportedBy: IdSchema.optional(),
  trigger: Span,
  rule: z.string(),
});

/** The draft file `faultline draft` writes and `faultline review` reads. */
export const DraftSchema = z.object({
  format: z.literal("faultline-draft/1"),
  report: z.object({ path: z.string(), sha256: z.string(), paragraphs: z.int().min(1) }),
  source: z.object({
    id: IdSchema,
    kind: z.literal("news-report"),
    outlet: z.string().min(1),
    title: z.string().min(1),
    published: EdtfSchema,
    url: z.url().optional(),
    file: z.string().optional(),
    language: z.string(),
    inferred: z.array(
      z.object({
        field: z.enum(["outlet", "title", "published", "url", "language"]),
        reason: z.string().min(1),
      }),
    ),
    existing: z.boolean().optional(),
  }),
  entities: z.array(
    z.object({
      id: IdSchema,
      label: z.string().min(1),
      kind: EntityKindSchema,
      aliases: z.array(z.string()),
      place: z
        .object({ placeKind: z.string().optional(), lat: z.number().optional(), lon: z.number().optional() })
        .optional(),
      mentions: z.array(z.object({ paragraph: z.int().min(1), start: z.int(), end: z.int() })),
    }),
  ),
  relations: z.array(
    z.object({
      id: IdSchema,
      kind: RelationKindSchema,
      source: IdSchema,
      target: IdSchema,
      start: EdtfSchema.nullable(),
      end: EdtfSchema.nullable(),
      status: StatusSchema,
      claimedBy: z.array(IdSchema),
      evidence: z.array(EvidenceSchema).min(1),
      confidence: z.number().min(0).max(1),
      rule: z.string(),
      addsTo: IdSchema.optional(),
    }),
  ),
  stats: z.object({ sentences: z.int().min(0), knownMentions: z.int().min(0), newNames: z.int().min(0) }),
});

/** Parses a draft file's JSON, or lists every problem with its JSON path. */
export function parseDraft(json: unknown): { ok: true; draft: Draft } | { ok: false; problems: string[] } {
  const parsed = DraftSchema.safeParse(json);
  if (parsed.success) return { ok: true, draft: parsed.data as Draft };
  return {
    ok: false,
    problems: parsed.error.issues.map(
      (i) =>
        `$${i.path.map((k) => (typeof k === "number" ? `[${k}]` : `.${String(k)}`)).join("")}: ${i.message}`,
    ),
  };
}
