import type { Dataset, Entity, Relation, RelationKind, Source } from "../src/model/core.js";
import { seededRandom } from "../src/analysis/seeded-random.js";
import { dayToIso, edtf, EntitySchema, SourceSchema } from "../src/model/index.js";
import { datedRelations } from "../src/time/dated-relations.js";

const EVENT_KINDS: RelationKind[] = ["attacked", "clashed-with", "negotiated-with"];
const STATE_KINDS: RelationKind[] = ["backs", "allied-with", "fights"];
const FIRST_DAY = edtf("2011-03-15").lo;
const LAST_DAY = edtf("2024-12-08").lo;

/**
 * A synthetic dataset of `entityCount` armed groups and `relationCount` dated relations between
 * them, spread over 2011–2024, shaped like event data (ACLED): 70% events on single days, 29% states
 * lasting a day to about five years (log-uniform), 1% states still open. A third of the states
 * carry no dates, only two reports (a week apart or more) that the open-world model extrapolates
 * from; every fourth group has a founding date, every eighth a dissolution, which bound them.
 */
export function syntheticDataset(entityCount: number, relationCount: number, seed = 42): Dataset {
  const random = seededRandom(seed);
  const entities: Entity[] = Array.from({ length: entityCount }, (_, i) =>
    EntitySchema.parse({
      id: `group-${i}`,
      label: `Group ${i}`,
      kind: "armed-group",
      ...(i % 4 === 0 ? { founded: dayToIso(FIRST_DAY + ((i * 37) % 1500)) } : {}),
      ...(i % 8 === 0 ? { dissolved: dayToIso(LAST_DAY - ((i * 53) % 1500)) } : {}),
    }),
  );
  const source: Source = SourceSchema.parse({
    id: "synthetic",
    kind: "reference",
    outlet: "Synthetic",
    title: "Synthetic bench data",
    published: "2024-12-08",
    language: "en",
    url: "https://example.org/synthetic",
  });
  const span = LAST_DAY - FIRST_DAY;
  const weekly: Source[] = Array.from({ length: Math.ceil(span / 7) + 1 }, (_, w) => ({
    ...source,
    id: `synthetic-week-${w}`,
    published: dayToIso(FIRST_DAY + w * 7),
  }));
  const weekOf = (day: number) => `synthetic-week-${Math.floor((day - FIRST_DAY) / 7)}`;
  const sources = new Map([source, ...weekly].map((s) => [s.id, s]));
  const relations: Relation[] = new Array(relationCount);
  for (let i = 0; i < relationCount; i++) {
    const isEvent = random() < 0.7;
    const kinds = isEvent ? EVENT_KINDS : STATE_KINDS;
    const kind = kinds[Math.floor(random() * kinds.length)]!;
    const a = Math.floor(random() * entityCount);
    let b = Math.floor(random() * (entityCount - 1));
    if (b >= a) b++;
    const startDay = FIRST_DAY + Math.floor(random() * span);
    const base = {
      id: `r${i}-synthetic`,
      kind,
      source: `group-${a}`,
      target: `group-${b}`,
      status: "reported" as const,
    };
    const evidence = [{ source: "synthetic", note: "synthetic" }];
    if (isEvent) {
      relations[i] = { ...base, date: dayToIso(startDay), evidence };
    } else {
      const length = Math.floor(Math.exp(random() * Math.log(2000)));
      const endDay = Math.min(LAST_DAY, startDay + length);
      if (random() < 1 / 3) {
        const reports = [weekOf(startDay), weekOf(endDay)].map((id) => ({ source: id, note: "synthetic" }));
        relations[i] = { ...base, evidence: reports };
      } else {
        const end = random() < 1 / 30 ? null : dayToIso(endDay);
        relations[i] = { ...base, start: dayToIso(startDay), end, evidence };
      }
    }
  }
  return {
    sources: [...sources.values()],
    entities,
    relations: datedRelations(relations, sources, entities),
  };
}

/** `count` reproducible random days between `lo` and `hi`, to query at. */
export function seededDays(lo: number, hi: number, count: number, seed = 7): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => lo + Math.floor(random() * (hi - lo)));
}
