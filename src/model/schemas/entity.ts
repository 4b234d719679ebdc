import { z } from "zod";
import { EntityKindSchema, PlaceKindSchema } from "./entity-kinds.js";
import { EvidenceSchema } from "./evidence.js";
import { EdtfSchema, IdSchema, NoteSchema } from "./ids.js";

/** Where a place is and what kind of place it is. */
export const PlaceInfoSchema = z
  .object({
    placeKind: PlaceKindSchema,
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    approximate: z.boolean().default(true).meta({ description: "Coordinates are approximate (default)" }),
  })
  .strict();

/** An actor, organization, person or place. */
export const EntitySchema = z
  .object({
    id: IdSchema,
    label: NoteSchema,
    kind: EntityKindSchema,
    aliases: z.array(NoteSchema).default([]).meta({ description: "Every other spelling met in the sources" }),
    sharedNames: z.array(NoteSchema).default([]).meta({
      description:
        "Names the press uses for this entity that also denote something else: a capital or a country standing for its government (Damascus, Ankara), or a phrase used for several actors (Kurdish forces). Resolving one offers every entity it may denote; actor-only questions prefer actors",
    }),
    wikidata: z
      .string()
      .regex(/^Q\d+$/)
      .optional(),
    description: NoteSchema.optional(),
    founded: EdtfSchema.optional().meta({
      description: "When the entity came into being (EDTF); nothing can hold with it before",
    }),
    dissolved: EdtfSchema.optional().meta({
      description: "When the entity ceased to exist (EDTF); nothing can hold with it after",
    }),
    lifetimeEvidence: z.array(EvidenceSchema).default([]).meta({
      description: "Where founded and dissolved are taken from (reference sources), in our own words",
    }),
    place: PlaceInfoSchema.optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.kind === "place" && !e.place) {
      ctx.addIssue({
        code: "custom",
        path: ["place"],
        message: "a place needs place info (placeKind, lat, lon)",
      });
    }
    if (e.kind !== "place" && e.place) {
      ctx.addIssue({
        code: "custom",
        path: ["place"],
        message: `an entity of kind ${e.kind} cannot have place info`,
      });
    }
  });

/** An entity as validated. */
export type Entity = z.infer<typeof EntitySchema>;
