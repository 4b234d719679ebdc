import type { Dataset, DatedRelation, Entity, RelationKind, Source } from "../src/model/index.js";
import { seededRandom } from "../src/analysis/seeded-random.js";
import { dayToIso, edtf, relationTiming } from "../src/model/index.js";

const EVENT_KINDS: RelationKind[] = ["attacked", "clashed-with", "negotiated-with"];
const STATE_KINDS: RelationKind[] = ["backs", "allied-with", "fights"];
const FIRST_DAY = edtf("2011-03-15").lo;
const LAST_DAY = edtf("2024-12-08").lo;

/**
 * A synthetic dataset of `entityCount` armed groups and `relationCount` dated relations between
 * them, spread over 2011–2024, shaped like event data (ACLED): 70% events on single days, 29% states
 * lasting a day to about five years (log-uniform), 1% states still open.
 */
export function syntheticDataset(entityCount: number, relationCount: number, seed = 42): Dataset {
  const random = seededRandom(seed);
  const entities: Entity[] = Array.from({ length: entityCount }, (_, i) => ({
    id: `group-${i}`,
    label: `Group ${i}`,
    kind: "armed-group",
    aliases: [],
  }));
  const source: Source = {
    id: "synthetic",
    kind: "reference",
    outlet: "Synthetic",
    title: "Synthetic bench data",
    published: "2024-12-08",
    language: "en",
    inferred: [],
  };
  const sources = new Map([[source.id, source]]);
  const relations: DatedRelation[] = new Array(relationCount);
  const span = LAST_DAY - FIRST_DAY;
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
    let relation: Omit<DatedRelation, "timing">;
    if (isEvent) {
      relation = { ...base, date: dayToIso(startDay), evidence };
    } else {
      const length = Math.floor(Math.exp(random() * Math.log(2000)));
      const end = random() < 1 / 30 ? null : dayToIso(Math.min(LAST_DAY, startDay + length));
      relation = { ...base, start: dayToIso(startDay), end, evidence };
    }
    relations[i] = { ...relation, timing: relationTiming(relation, sources) };
  }
  return { sources: [source], entities, relations };
}

/** `count` reproducible random days between `lo` and `hi`, to query at. */
export function seededDays(lo: number, hi: number, count: number, seed = 7): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => lo + Math.floor(random() * (hi - lo)));
}
