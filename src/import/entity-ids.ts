/** A kebab-case id made from a name: ASCII letters and digits joined by dashes, never only digits. */
export function slugId(name: string, fallback: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’‘`ʼʿʾ]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug === "") return fallback;
  return /^[0-9-]+$/.test(slug) ? `${fallback}-${slug}` : slug;
}

/** Every entity id taken in a folder, handing out fresh ones (`name`, `name-2`, …) for new entities. */
export class EntityIds {
  private readonly taken: Set<string>;

  constructor(ids: Iterable<string>) {
    this.taken = new Set(ids);
  }

  /** Whether an id is already used. */
  has(id: string): boolean {
    return this.taken.has(id);
  }

  /** Claims `wanted`, or the first free `wanted-N`. */
  claim(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.taken.has(id); n++) id = `${wanted}-${n}`;
    this.taken.add(id);
    return id;
  }
}

/**
 * Every name (label, alias, shared name) of the folder's entities, normalised: a new entity whose
 * label is taken gets a qualified label, and names already taken become shared names, so the
 * checker's one-name-one-entity rule holds.
 */
export class TakenNames {
  private readonly names = new Set<string>();

  constructor(
    entities: Iterable<{ label: string; aliases: readonly string[] }>,
    private readonly normalize: (name: string) => string,
  ) {
    for (const e of entities) for (const n of [e.label, ...e.aliases]) this.names.add(normalize(n));
  }

  /** Marks a name as taken. */
  add(name: string): void {
    this.names.add(this.normalize(name));
  }

  /** Whether a name is already some entity's label or alias. */
  has(name: string): boolean {
    return this.names.has(this.normalize(name));
  }

  /**
   * The label, aliases and shared names for a new entity: the label itself when free, else the
   * first free of the qualified labels offered; taken names move to sharedNames.
   */
  claim(
    label: string,
    qualified: readonly string[],
    aliases: readonly string[],
  ): { label: string; aliases: string[]; sharedNames: string[] } {
    const sharedNames: string[] = [];
    let chosen = label;
    if (this.has(label)) {
      sharedNames.push(label);
      chosen = qualified.find((q) => !this.has(q)) ?? `${label} (${this.names.size})`;
    }
    this.names.add(this.normalize(chosen));
    const free: string[] = [];
    for (const alias of aliases) {
      const key = this.normalize(alias);
      if (key === this.normalize(chosen) || free.some((a) => this.normalize(a) === key)) continue;
      if (this.names.has(key)) sharedNames.push(alias);
      else {
        free.push(alias);
        this.names.add(key);
      }
    }
    return { label: chosen, aliases: free, sharedNames: [...new Set(sharedNames)] };
  }
}
