import type { Entity } from "../model/core.js";
import { normalizeName } from "../model/core.js";

/** One suggestion while typing: the entity and the name of it that matched. */
export interface NameMatch {
  readonly entity: Entity;
  /** The label, or the alias that matched when the label did not. */
  readonly name: string;
}

interface Entry {
  readonly entity: Entity;
  readonly name: string;
  readonly key: string;
  readonly isLabel: boolean;
}

/**
 * Completion over every entity's label, aliases and shared names ("Damascus" offers the city and
 * the government it stands for), compared the way the resolver compares names (case, accents,
 * punctuation, a leading article ignored): whole-name prefixes first, then word prefixes, then
 * names containing the text; one suggestion per entity, naming its closest name (the shortest
 * of its equally good matches).
 */
export class NameIndex {
  /** Every name, normalized on the first completion (not while the page mounts). */
  private entries: Entry[] | null = null;

  constructor(private readonly entities: readonly Entity[]) {}

  private indexed(): Entry[] {
    if (this.entries) return this.entries;
    const entries: Entry[] = [];
    for (const entity of this.entities) {
      entries.push({ entity, name: entity.label, key: normalizeName(entity.label), isLabel: true });
      for (const alias of [...entity.aliases, ...entity.sharedNames])
        entries.push({ entity, name: alias, key: normalizeName(alias), isLabel: false });
    }
    return (this.entries = entries);
  }

  /** Up to `limit` entities whose names match what was typed, best first. */
  complete(text: string, limit = 8): NameMatch[] {
    const q = normalizeName(text);
    if (q === "") return [];
    const best = new Map<string, { entry: Entry; rank: number }>();
    for (const entry of this.indexed()) {
      const rank = entry.key.startsWith(q)
        ? 0
        : entry.key.includes(` ${q}`)
          ? 1
          : entry.key.includes(q)
            ? 2
            : -1;
      if (rank < 0) continue;
      const score = rank * 2 + (entry.isLabel ? 0 : 1);
      const prior = best.get(entry.entity.id);
      const better =
        !prior || score < prior.rank || (score === prior.rank && entry.key.length < prior.entry.key.length);
      if (better) best.set(entry.entity.id, { entry, rank: score });
    }
    return [...best.values()]
      .sort(
        (a, b) =>
          a.rank - b.rank ||
          a.entry.entity.label.length - b.entry.entity.label.length ||
          a.entry.entity.label.localeCompare(b.entry.entity.label),
      )
      .slice(0, limit)
      .map(({ entry }) => ({ entity: entry.entity, name: entry.name }));
  }
}
