import type { Dataset } from "../model/core.js";
import { dayToIso, parseEdtf } from "../model/core.js";
import { el, listen } from "./dom.js";
import type { Store } from "./explorer-state.js";
import type { TimeSpan } from "./time-span.js";
import { clampDay } from "./time-span.js";
import { createTimeEvidenceStrip } from "./time-evidence-strip.js";

/** Play speeds: how far one tick moves the date. */
const STEPS = [
  { id: "day", label: "1 day", days: 1 },
  { id: "week", label: "1 week", days: 7 },
  { id: "month", label: "1 month", days: 30 },
  { id: "quarter", label: "3 months", days: 91 },
] as const;

/** The day of a valid ISO date (YYYY-MM-DD). */
function isoDay(text: string): number {
  const parsed = parseEdtf(text);
  if (!parsed.ok) throw new RangeError(parsed.reason);
  return parsed.date.lo;
}

/** Why a typed date cannot be shown (not YYYY-MM-DD, not a day of the calendar, outside the data), or null. */
export function dateProblem(text: string, span: TimeSpan): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return `“${text}” is not a date as YYYY-MM-DD`;
  const parsed = parseEdtf(text);
  if (!parsed.ok || parsed.date.lo !== parsed.date.hi) return `${text} is not a day of the calendar`;
  if (parsed.date.lo < span.first || parsed.date.lo > span.last)
    return `${text} is outside the data (${dayToIso(span.first)} to ${dayToIso(span.last)})`;
  return null;
}

/** Time between two ticks of play. */
const TICK_MS = 220;

/**
 * The time controls: a date slider over the span of the data, a date field, step buttons, a play
 * button that moves through time, and the event window. Each only changes the state's date. Marks
 * over the slider show the report dates (pressing one goes there), a histogram under it the events
 * per month of the dataset.
 */
export function mountTimePanel(
  root: HTMLElement,
  store: Store,
  span: TimeSpan,
  dataset: Dataset,
): () => void {
  const slider = el("input", {
    attrs: {
      type: "range",
      id: "date-slider",
      min: String(span.first),
      max: String(span.last),
      step: "1",
      "aria-label": "Date",
    },
  });
  // A text field, not type=date: browsers show type=date in the reader's locale (mm/dd/yyyy).
  const dateField = el("input", {
    attrs: {
      type: "text",
      id: "date-field",
      inputmode: "numeric",
      autocomplete: "off",
      spellcheck: "false",
      size: "10",
      maxlength: "10",
      placeholder: "YYYY-MM-DD",
      pattern: "\\d{4}-\\d{2}-\\d{2}",
      "aria-describedby": "date-field-error",
    },
  });
  const dateError = el("span", {
    className: "field-error",
    attrs: { id: "date-field-error", role: "status", "aria-live": "polite" },
  });
  const back = el("button", {
    text: "◀",
    attrs: { type: "button", id: "step-back", "aria-label": "Step back" },
  });
  const play = el("button", { text: "Play", attrs: { type: "button", id: "play", "aria-pressed": "false" } });
  const forward = el("button", {
    text: "▶",
    attrs: { type: "button", id: "step-forward", "aria-label": "Step forward" },
  });
  const stepSelect = el(
    "select",
    { attrs: { id: "play-step", "aria-label": "Step size" } },
    ...STEPS.map((s) => el("option", { text: s.label, attrs: { value: s.id } })),
  );
  stepSelect.value = "month";
  const windowField = el("input", {
    attrs: { type: "number", id: "window-days", min: "0", max: "3650", step: "1", inputmode: "numeric" },
  });
  const first = el("span", { className: "span-end", text: dayToIso(span.first) });
  const last = el("span", { className: "span-end", text: dayToIso(span.last) });

  const evidence = createTimeEvidenceStrip(dataset, span, (day) => setDay(day));

  root.replaceChildren(
    el(
      "div",
      { className: "slider-row" },
      first,
      el("div", { className: "slider-track" }, evidence.marks, slider, evidence.histogram),
      last,
    ),
    el(
      "div",
      { className: "time-row" },
      el("label", { attrs: { for: "date-field" }, text: "Date " }),
      dateField,
      dateError,
      back,
      play,
      forward,
      el("label", { attrs: { for: "play-step" }, text: "step " }),
      stepSelect,
      el("label", { attrs: { for: "window-days" }, text: "events ± " }),
      windowField,
      el("span", { text: " days" }),
    ),
  );

  const stepDays = () => STEPS.find((s) => s.id === stepSelect.value)?.days ?? 30;
  const setDay = (day: number) => {
    const next = clampDay(span, Math.round(day));
    if (next !== store.get().day) store.update({ day: next });
  };

  const draw = () => {
    const { day, windowDays } = store.get();
    const iso = dayToIso(day);
    slider.value = String(day);
    slider.setAttribute("aria-valuetext", iso);
    if (document.activeElement !== dateField) {
      dateField.value = iso;
      dateField.removeAttribute("aria-invalid");
      dateError.textContent = "";
    }
    if (document.activeElement !== windowField) windowField.value = String(windowDays);
  };

  let timer: ReturnType<typeof setInterval> | null = null;
  const stop = () => {
    if (timer !== null) clearInterval(timer);
    timer = null;
    play.textContent = "Play";
    play.setAttribute("aria-pressed", "false");
  };
  const start = () => {
    if (store.get().day >= span.last) setDay(span.first);
    play.textContent = "Pause";
    play.setAttribute("aria-pressed", "true");
    timer = setInterval(() => {
      const day = store.get().day;
      if (day >= span.last) stop();
      else setDay(day + stepDays());
    }, TICK_MS);
  };

  const cleanups = [
    listen(slider, "input", () => setDay(Number(slider.value))),
    listen(dateField, "change", () => {
      const problem = dateProblem(dateField.value.trim(), span);
      if (problem === null) {
        dateField.removeAttribute("aria-invalid");
        dateError.textContent = "";
        setDay(isoDay(dateField.value.trim()));
      } else {
        dateField.setAttribute("aria-invalid", "true");
        dateError.textContent = problem;
      }
    }),
    listen(windowField, "change", () => {
      const n = Number(windowField.value);
      if (Number.isInteger(n) && n >= 0 && n <= 3650) store.update({ windowDays: n });
      else draw();
    }),
    listen(back, "click", () => setDay(store.get().day - stepDays())),
    listen(forward, "click", () => setDay(store.get().day + stepDays())),
    listen(play, "click", () => (timer === null ? start() : stop())),
    store.subscribe((state, previous) => {
      if (state.day !== previous.day || state.windowDays !== previous.windowDays) draw();
      if (state.compare !== previous.compare) evidence.showCompare(state.compare ?? null);
    }),
    stop,
    evidence.cleanup,
  ];
  draw();
  evidence.showCompare(store.get().compare ?? null);
  return () => cleanups.forEach((c) => c());
}
