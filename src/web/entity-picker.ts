import type { Entity } from "../model/core.js";
import type { EntityResolver } from "../query/entity-resolver.js";
import { el, listen } from "./dom.js";
import type { NameIndex } from "./name-index.js";

/** A text field with completion that picks one entity. */
export interface EntityPicker {
  readonly element: HTMLElement;
  readonly input: HTMLInputElement;
  /** Shows an entity's label in the field without picking it again. */
  show(entity: Entity | null): void;
  cleanup(): void;
}

/** What the picker is for and what happens when an entity is picked. */
export interface EntityPickerOptions {
  readonly id: string;
  readonly label: string;
  readonly placeholder: string;
  readonly names: NameIndex;
  readonly resolver: Pick<EntityResolver, "resolve">;
  readonly onPick: (entity: Entity) => void;
}

interface Option {
  readonly entity: Entity;
  readonly text: string;
}

/**
 * An accessible combobox over entity names and aliases: type to get suggestions, arrows to move,
 * Enter to pick (the highlighted suggestion, else what the name resolves to, as the CLI resolves
 * it), Escape to close. A miss lists the resolver's "did you mean" suggestions.
 */
export function createEntityPicker(options: EntityPickerOptions): EntityPicker {
  const listId = `${options.id}-options`;
  const input = el("input", {
    attrs: {
      id: options.id,
      type: "search",
      role: "combobox",
      autocomplete: "off",
      spellcheck: "false",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": listId,
      placeholder: options.placeholder,
    },
  });
  const list = el("ul", { className: "picker-options", attrs: { id: listId, role: "listbox", hidden: "" } });
  const message = el("p", { className: "picker-message", attrs: { "aria-live": "polite" } });
  const element = el(
    "div",
    { className: "picker" },
    el("label", { text: options.label, attrs: { for: options.id } }),
    input,
    list,
    message,
  );
  let current: Option[] = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };

  const open = (items: Option[]) => {
    current = items;
    active = -1;
    list.replaceChildren(
      ...items.map((item, i) => {
        const li = el(
          "li",
          { attrs: { id: `${options.id}-option-${i}`, role: "option", "aria-selected": "false" } },
          el("span", { className: "option-label", text: item.entity.label }),
          el("span", { className: "option-detail", text: item.text }),
        );
        li.addEventListener("mousedown", (event) => {
          event.preventDefault();
          pick(item.entity);
        });
        return li;
      }),
    );
    list.hidden = items.length === 0;
    input.setAttribute("aria-expanded", String(items.length > 0));
  };

  const highlight = (index: number) => {
    active = index;
    list.querySelectorAll("li").forEach((li, i) => li.setAttribute("aria-selected", String(i === index)));
    if (index >= 0) input.setAttribute("aria-activedescendant", `${options.id}-option-${index}`);
    else input.removeAttribute("aria-activedescendant");
  };

  const pick = (entity: Entity) => {
    input.value = entity.label;
    message.textContent = "";
    close();
    options.onPick(entity);
  };

  const suggest = () => {
    message.textContent = "";
    open(
      options.names.complete(input.value).map((m) => ({
        entity: m.entity,
        text: m.name === m.entity.label ? m.entity.kind : `${m.name} · ${m.entity.kind}`,
      })),
    );
  };

  const resolveTyped = () => {
    const resolution = options.resolver.resolve(input.value);
    if (resolution.candidates.length === 1) return pick(resolution.candidates[0]!.entity);
    if (resolution.candidates.length > 1) {
      message.textContent = `"${input.value}" may be any of ${resolution.candidates.length} entities:`;
      return open(resolution.candidates.map((c) => ({ entity: c.entity, text: c.matchedName })));
    }
    if (resolution.suggestions.length > 0) {
      message.textContent = `No entity is called "${input.value}". Did you mean:`;
      return open(resolution.suggestions.map((c) => ({ entity: c.entity, text: c.matchedName })));
    }
    close();
    message.textContent = `No entity is called "${input.value}".`;
  };

  const cleanups = [
    listen(input, "input", suggest),
    listen(input, "keydown", (event) => {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (list.hidden) suggest();
        if (current.length === 0) return;
        event.preventDefault();
        const delta = event.key === "ArrowDown" ? 1 : -1;
        highlight((active + delta + current.length) % current.length);
      } else if (event.key === "Enter") {
        event.preventDefault();
        const chosen = current[active];
        if (chosen) pick(chosen.entity);
        else if (input.value.trim() !== "") resolveTyped();
      } else if (event.key === "Escape") {
        close();
      }
    }),
    listen(input, "blur", () => setTimeout(close, 100)),
  ];

  return {
    element,
    input,
    show(entity) {
      input.value = entity?.label ?? "";
      message.textContent = "";
      close();
    },
    cleanup: () => cleanups.forEach((c) => c()),
  };
}
