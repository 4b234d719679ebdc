import type { Entity } from "../model/core.js";
import { normalizeName } from "../model/core.js";

/**
 * The normalized form of every name an entity may be looked up by, worked out once when a store is
 * written: every top-level string or list of strings of every entity (id, label, aliases, shared
 * names, and whatever name lists the model gains), so opening the store normalizes nothing.
 */
export function entityNameKeys(entities: readonly Entity[]): Record<string, string> {
  const keys: Record<string, string> = Object.create(null) as Record<string, string>;
  const add = (name: string) => {
    if (!Object.hasOwn(keys, name)) keys[name] = normalizeName(name);
  };
  for (const entity of entities) {
    for (const value of Object.values(entity)) {
      if (typeof value === "string") add(value);
      else if (Array.isArray(value)) for (const item of value) if (typeof item === "string") add(item);
    }
  }
  return keys;
}
