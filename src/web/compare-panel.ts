import type { RelationRef } from "../analysis/relation-ref.js";
import type { SignChange } from "../analysis/diff.js";
import { entityLabel } from "../graph/entity-label.js";
import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import { dayToIso, parseEdtf, RELATION_KINDS } from "../model/core.js";
import { basisText, statusText } from "../time/basis-text.js";
import type { ChangeKind, CompareView } from "./compare-view.js";
import { CHANGE_COLORS, CHANGE_KINDS, CHANGE_MEANING, compareViewOf } from "./compare-view.js";
import { el, listen } from "./dom.js";
import type { Store } from "./explorer-state.js";
import { dateProblem } from "./time-panel.js";
import type { TimeSpan } from "./time-span.js";

/** When a relation holds, as `faultline diff` prints it: an event's date, a state's start – end. */
function datesText(ref: RelationRef): string {
  if (RELATION_KINDS[ref.kind].temporality === "event") return ref.start ?? "undated";
  return `${ref.start ?? "…"} – ${ref.end ?? "…"}`;
}

/**
 * One changed relation: a button that selects it (source, kind, target), its dates, and why the
 * change holds: its certainty and basis on the date it holds, its status and who claims it.
 */
function relationItem(kg: KnowledgeGraph, store: Store, ref: RelationRef, change: ChangeKind): HTMLElement {
  const label = (id: string) => entityLabel(kg, id);
  const button = el("button", {
    className: "link-button",
    text: `${label(ref.source)} ${RELATION_KINDS[ref.kind].label} ${label(ref.target)}`,
    attrs: { type: "button", title: `Relation ${ref.id}` },
  });
  button.addEventListener("click", () =>
    store.update({ selection: { kind: "relation", id: ref.id }, path: null }),
  );
  const why = [
    datesText(ref),
    ref.certainty && ref.basis ? `${ref.certainty} (${basisText(ref.basis, label)})` : null,
    statusText(ref.status, ref.claimedBy, label),
    ref.derivedFrom?.length ? `derived from ${ref.derivedFrom.join(", ")}` : null,
  ].filter((x): x is string => x !== null);
  return el(
    "li",
    {
      attrs: {
        "data-relation": ref.id,
        "data-change": change,
        "data-status": ref.status,
        ...(ref.certainty ? { "data-certainty": ref.certainty } : {}),
        ...(ref.basis ? { "data-basis": ref.basis.kind } : {}),
        style: `--swatch: ${CHANGE_COLORS[change]}`,
      },
    },
    button,
    ` — ${why.join("; ")}`,
  );
}

function toneItem(kg: KnowledgeGraph, change: SignChange): HTMLElement {
  const label = (id: string) => entityLabel(kg, id);
  return el("li", {
    attrs: {
      "data-change": "tone",
      "data-pair": `${change.a},${change.b}`,
      style: `--swatch: ${CHANGE_COLORS.tone}`,
    },
    text: `${label(change.a)} – ${label(change.b)}: ${change.before} → ${change.after} (before: ${change.relationsBefore.join(", ")}; after: ${change.relationsAfter.join(", ")})`,
  });
}

/** One section of the comparison: a heading with its count, folded when `open` is false. */
function section(id: string, title: string, items: readonly HTMLElement[], open: boolean): HTMLElement {
  const details = el(
    "details",
    { className: "compare-section", attrs: { "data-section": id } },
    el("summary", { text: `${title}: ${items.length}` }),
    items.length
      ? el("ul", { className: "compare-list" }, ...items)
      : el("p", { className: "none", text: "none" }),
  );
  details.open = open;
  return details;
}

function resultOf(kg: KnowledgeGraph, store: Store, view: CompareView): HTMLElement[] {
  const { answer } = view;
  const items = (refs: readonly RelationRef[], change: ChangeKind) =>
    refs.map((r) => relationItem(kg, store, r, change));
  return [
    el("p", {
      className: "compare-summary",
      text:
        `From ${answer.before} to ${answer.after}: ${answer.began.length} began, ${answer.ended.length} ended, ` +
        `${answer.cameAndWent.length} came and went, ${answer.events.length} events in between, ` +
        `${answer.signChanges.length} changes of tone. A state no longer reported has not ended: it stays possible.`,
    }),
    el("p", { className: "cli-hint" }, "Same as ", el("code", { text: view.command })),
    el(
      "ul",
      { className: "compare-key", attrs: { "aria-label": "Colours on the graph" } },
      ...CHANGE_KINDS.map((k) =>
        el("li", { text: CHANGE_MEANING[k], attrs: { style: `--swatch: ${CHANGE_COLORS[k]}` } }),
      ),
      el("li", { text: "grey: unchanged, drawn for context", attrs: { style: "--swatch: #c5cad1" } }),
    ),
    section(
      "began",
      `Began (holding on ${answer.after}, not on ${answer.before})`,
      items(answer.began, "began"),
      true,
    ),
    section(
      "ended",
      `Ended (holding on ${answer.before}, not on ${answer.after})`,
      items(answer.ended, "ended"),
      true,
    ),
    section(
      "came-and-went",
      "Came and went (holding only in between)",
      items(answer.cameAndWent, "came-and-went"),
      true,
    ),
    section(
      "tone",
      "Tone changed",
      answer.signChanges.map((c) => toneItem(kg, c)),
      true,
    ),
    section(
      "events",
      `Events after ${answer.before} up to ${answer.after}`,
      items(answer.events, "event"),
      answer.events.length <= 10,
    ),
  ];
}

/** The day of a field holding a valid ISO day. */
function dayOf(text: string): number {
  const parsed = parseEdtf(text);
  if (!parsed.ok) throw new RangeError(parsed.reason);
  return parsed.date.lo;
}

/**
 * The "compare two dates" panel: two ISO date fields and a button; comparing lists what began,
 * ended, came and went, changed tone and happened between the dates, exactly as `faultline diff`
 * lists it, each saying why (certainty and basis, status and claimant) and selecting its relation
 * when pressed. The graph draws the same changes (time-overlay.ts); the dates go in the address.
 */
export function mountComparePanel(
  root: HTMLElement,
  kg: KnowledgeGraph,
  store: Store,
  span: TimeSpan,
): () => void {
  const field = (id: string) =>
    el("input", {
      attrs: {
        type: "text",
        id,
        inputmode: "numeric",
        autocomplete: "off",
        spellcheck: "false",
        size: "10",
        maxlength: "10",
        placeholder: "YYYY-MM-DD",
        pattern: "\\d{4}-\\d{2}-\\d{2}",
        "aria-describedby": "compare-error",
      },
    });
  const before = field("compare-before");
  const after = field("compare-after");
  const error = el("p", {
    className: "field-error",
    attrs: { id: "compare-error", role: "status", "aria-live": "polite" },
  });
  const go = el("button", { text: "Compare", attrs: { type: "submit", id: "compare-go" } });
  const stop = el("button", { text: "Stop comparing", attrs: { type: "button", id: "compare-stop" } });
  const form = el(
    "form",
    { className: "compare-form" },
    el("label", { attrs: { for: "compare-before" }, text: "From " }),
    before,
    el("label", { attrs: { for: "compare-after" }, text: " to " }),
    after,
    " ",
    go,
    stop,
  );
  const result = el("div", { attrs: { id: "compare-result", "aria-live": "polite" } });
  root.replaceChildren(el("h2", { text: "Compare two dates" }), form, error, result);

  const draw = () => {
    const state = store.get();
    const view = compareViewOf(kg, state);
    stop.hidden = view === null;
    root.dataset.comparing = view ? "true" : "false";
    if (view) {
      if (document.activeElement !== before) before.value = dayToIso(view.dates.before);
      if (document.activeElement !== after) after.value = dayToIso(view.dates.after);
      result.replaceChildren(...resultOf(kg, store, view));
    } else {
      if (!before.value) before.value = dayToIso(span.first);
      if (!after.value) after.value = dayToIso(state.day);
      result.replaceChildren(
        el("p", {
          className: "none",
          text: "What began, ended and changed between two dates, on the graph and listed here.",
        }),
      );
    }
  };

  const cleanups = [
    listen(form, "submit", (event) => {
      event.preventDefault();
      const a = before.value.trim();
      const b = after.value.trim();
      const problems = [dateProblem(a, span), dateProblem(b, span)].filter((p): p is string => p !== null);
      if (problems.length === 0 && dayOf(a) >= dayOf(b))
        problems.push(`the later date (${b}) must come after the earlier one (${a})`);
      before.toggleAttribute("aria-invalid", dateProblem(a, span) !== null);
      after.toggleAttribute("aria-invalid", dateProblem(b, span) !== null);
      error.textContent = problems.join("; ");
      if (problems.length > 0) return;
      store.update({ compare: { before: dayOf(a), after: dayOf(b) }, day: dayOf(b) });
    }),
    listen(stop, "click", () => {
      store.update({ compare: null });
      go.focus();
    }),
    store.subscribe((next, previous) => {
      if (next.compare !== previous.compare || next.filters !== previous.filters) draw();
    }),
  ];
  draw();
  return () => cleanups.forEach((c) => c());
}
