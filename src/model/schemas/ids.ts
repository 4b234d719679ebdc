import { z } from "zod";
import { parseEdtf } from "../edtf.js";

/** A stable kebab-case id: lower-case letters and digits in dash-separated words, never only digits. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case: lower-case letters and digits joined by dashes")
  .refine((s) => !/^[0-9-]+$/.test(s), "must not be only digits")
  .meta({ description: "Stable kebab-case id, never numeric" });

/** An EDTF date string at year, month or day precision, checked to be a real date. */
export const EdtfSchema = z
  .string()
  .superRefine((s, ctx) => {
    const parsed = parseEdtf(s);
    if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.reason });
  })
  .meta({
    description: "EDTF date: YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~ (approximate), ? or %",
    examples: ["2024-11-27", "2019-04", "2012", "2017-09-15~"],
  });

/** Free text written by us (never copied from a report): non-empty, trimmed. */
export const NoteSchema = z.string().trim().min(1, "must not be empty");
