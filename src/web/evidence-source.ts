import type { Evidence, Source } from "../model/core.js";
import { el, externalLink } from "./dom.js";

/** The English name of a language code ("es" → "Spanish"), or the code when the browser has none. */
function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** What a dataset note says the event was reported in ("…; reported by SOHR, 2017-03-02."), if it says. */
function datasetSourceLine(note: string): string | null {
  const m = /; reported by (.+?)\.?$/.exec(note);
  return m ? m[1]! : null;
}

/**
 * Where a piece of evidence comes from, as lines: the outlet, date, title (a link when the source
 * has an http(s) address) and paragraph; whether the page linked re-publishes the report or the text
 * held is a translation; why no address is given when none was found; for a dataset (UCDP GED,
 * ACLED) the event id, the dataset's own source line, its release and how it asks to be cited.
 */
export function evidenceSourceLines(evidence: Evidence, source: Source | undefined): HTMLElement[] {
  const heading = el(
    "p",
    { className: "evidence-source" },
    el("strong", { text: source?.outlet ?? evidence.source }),
    `, ${source?.published ?? "date unknown"}: `,
    externalLink(source?.url, source?.title ?? evidence.source),
    evidence.paragraph !== undefined ? ` (paragraph ${evidence.paragraph})` : "",
  );
  const lines: HTMLElement[] = [heading];
  if (!source) return lines;
  const about: string[] = [];
  if (source.republishedBy)
    about.push(`The linked page is a re-publication by ${source.republishedBy}, not the outlet's own.`);
  if (source.translatedFrom)
    about.push(
      `The text held is a translation; the report was published in ${languageName(source.translatedFrom)}.`,
    );
  const missingUrl = source.missing.find((m) => m.field === "url");
  if (!source.url && missingUrl) about.push(`No public address found: ${missingUrl.reason}`);
  if (about.length) lines.push(el("p", { className: "evidence-address", text: about.join(" ") }));
  if (source.kind === "dataset") {
    const reportedIn = datasetSourceLine(evidence.note);
    lines.push(
      el(
        "p",
        { className: "evidence-record" },
        evidence.record ? `Event ${evidence.record}` : "No event id",
        ` of ${source.title}`,
        reportedIn ? `; the dataset's source: ${reportedIn}.` : ".",
      ),
      el("p", { className: "evidence-citation", text: `Cite as: ${source.citation ?? source.title}` }),
    );
  }
  return lines;
}
