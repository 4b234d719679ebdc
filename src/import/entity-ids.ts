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
