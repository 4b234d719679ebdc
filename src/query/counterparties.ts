import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import type { Certainty, DayRange } from "../graph/time-bounds.js";
import type { DatedRelation, Entity, EntityKind, RelationKind, Status } from "../model/core.js";
import type { Basis } from "../model/validity.js";
import type { Holding } from "../time/holds.js";
import { holdsOn } from "../time/holds.js";

/** An entity on the other end of one or more relations on a date: how sure, why, and on whose word. */
export interface Counterparty {
  readonly entity: Entity;
  /** Certain when at least one way to it certainly holds on the date. */
  readonly certainty: Certainty;
  /** Why the firmest way to it holds. */
  readonly basis: Basis;
  /** The firmest way's status: `reported` when any way to it is reported. */
  readonly status: Status;
  /** Parties on whose claim the answer rests (empty when reported). */
  readonly claimedBy: readonly string[];
  /** The relations behind the answer (memberships, for an alliance through a coalition). */
  readonly relations: readonly DatedRelation[];
  /** Coalitions the alliance goes through (empty for a direct relation). */
  readonly via: readonly Entity[];
}

/** Which end of the relations the asked-about entity stands on. */
export type Role = "source" | "target" | "either";

/** One way an answer holds: the relations it rests on, how, and through which coalition. */
interface Way {
  readonly relations: readonly DatedRelation[];
  readonly holding: Holding;
  readonly status: Status;
  readonly claimedBy: readonly string[];
  readonly via: Entity | null;
}

const STATUS_RANK: Record<Status, number> = { reported: 0, disputed: 1, claimed: 2 };

/** True when way `a` is firmer than way `b`: certain before possible, reported before claimed, direct before through a coalition. */
function firmer(a: Way, b: Way): boolean {
  const rank = (w: Way) =>
    (w.holding.certainty === "certain" ? 0 : 100) + STATUS_RANK[w.status] * 10 + (w.via ? 1 : 0);
  return rank(a) < rank(b);
}

function directWay(relation: DatedRelation, holding: Holding): Way {
  return {
    relations: [relation],
    holding,
    status: relation.validity.status,
    claimedBy: relation.validity.claimedBy,
    via: null,
  };
}

/** Ways gathered per counterparty, then each answered by its firmest way. */
class Answers {
  private readonly ways = new Map<string, Way[]>();
  add(other: string, way: Way): void {
    const list = this.ways.get(other);
    if (list) list.push(way);
    else this.ways.set(other, [way]);
  }
  list(kg: KnowledgeGraph, certainOnly: boolean): Counterparty[] {
    const answers: Counterparty[] = [];
    for (const [id, ways] of this.ways) {
      const best = ways.reduce((a, b) => (firmer(b, a) ? b : a));
      if (certainOnly && best.holding.certainty !== "certain") continue;
      const via = [...new Map(ways.filter((w) => w.via).map((w) => [w.via!.id, w.via!])).values()];
      answers.push({
        entity: kg.entities.get(id)!,
        certainty: best.holding.certainty,
        basis: best.holding.basis,
        status: best.status,
        claimedBy: best.status === "reported" ? [] : best.claimedBy,
        relations: [...new Set(ways.flatMap((w) => w.relations))],
        via,
      });
    }
    return answers.sort(
      (a, b) =>
        Number(a.certainty !== "certain") - Number(b.certainty !== "certain") ||
        STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
        a.entity.label.localeCompare(b.entity.label),
    );
  }
}

/** Options of a counterparty question. */
export interface CounterpartyOptions {
  /** Keep only answers that certainly hold (the conservative view). */
  readonly certainOnly?: boolean;
}

/** The relations an entity stands in at `role`, from the adjacency index (no graph is built). */
function relationsOf(kg: KnowledgeGraph, entityId: string, role: Role): DatedRelation[] {
  const { adjacency, table } = kg;
  const positions =
    role === "source"
      ? adjacency.outOf(entityId)
      : role === "target"
        ? adjacency.inOf(entityId)
        : adjacency.allOf(entityId);
  return Array.from(positions, (i) => table.relation(i));
}

/** Adds the direct relations of the given kinds that hold on the date. */
function addDirect(
  answers: Answers,
  kg: KnowledgeGraph,
  entityId: string,
  date: DayRange,
  kinds: readonly RelationKind[],
  role: Role,
): void {
  for (const relation of relationsOf(kg, entityId, role)) {
    if (!kinds.includes(relation.kind)) continue;
    const holding = holdsOn(relation.validity, date);
    if (!holding) continue;
    answers.add(
      relation.source === entityId ? relation.target : relation.source,
      directWay(relation, holding),
    );
  }
}

/**
 * The entities joined to `entityId` by relations of the given kinds that hold on `date`, the
 * entity standing at `role`. Certain answers first, then reported before claimed, then by label.
 */
export function counterparties(
  kg: KnowledgeGraph,
  entityId: string,
  date: DayRange,
  kinds: readonly RelationKind[],
  role: Role,
  options: CounterpartyOptions = {},
): Counterparty[] {
  const answers = new Answers();
  addDirect(answers, kg, entityId, date, kinds, role);
  return answers.list(kg, options.certainOnly ?? false);
}

/** Who backs an entity on a date (direct backing only: a coalition's backers do not pass to its members). */
export function backersOf(
  kg: KnowledgeGraph,
  entityId: string,
  date: DayRange,
  options: CounterpartyOptions = {},
): Counterparty[] {
  return counterparties(kg, entityId, date, ["backs"], "target", options);
}

/** Whom an entity backs on a date. */
export function backedBy(
  kg: KnowledgeGraph,
  entityId: string,
  date: DayRange,
  options: CounterpartyOptions = {},
): Counterparty[] {
  return counterparties(kg, entityId, date, ["backs"], "source", options);
}

const FIGHTING_KINDS: ReadonlySet<EntityKind> = new Set(["state", "armed-group", "coalition"]);

/** The weaker of two holdings: certain only when both are; the basis of the doubtful one. */
function weaker(a: Holding, b: Holding): Holding {
  return a.certainty === "possible" ? a : b;
}

/** The way through one membership pair: the weaker holding, the weaker status, both claimants. */
function throughCoalition(coalition: Entity, memberships: readonly [DatedRelation, Holding][]): Way {
  const [first, second] = memberships;
  const holding = second ? weaker(first![1], second[1]) : first![1];
  const relations = memberships.map(([r]) => r);
  const status = relations
    .map((r) => r.validity.status)
    .reduce((a, b) => (STATUS_RANK[b] > STATUS_RANK[a] ? b : a));
  return {
    relations,
    holding,
    status,
    claimedBy: [...new Set(relations.flatMap((r) => r.validity.claimedBy))],
    via: coalition,
  };
}

/** The members of a coalition on a date, with each membership's holding. */
function membersOn(kg: KnowledgeGraph, coalitionId: string, date: DayRange): [DatedRelation, Holding][] {
  const found: [DatedRelation, Holding][] = [];
  for (const relation of relationsOf(kg, coalitionId, "target")) {
    if (relation.kind !== "member-of" || !FIGHTING_KINDS.has(kg.entities.get(relation.source)!.kind))
      continue;
    const holding = holdsOn(relation.validity, date);
    if (holding) found.push([relation, holding]);
  }
  return found;
}

/**
 * An entity's allies on a date: allied-with read both ways, and alliances through coalitions —
 * two members of one coalition are allies while both are members, and a member is allied with its
 * coalition — each listed with the coalitions it goes through (`via`).
 */
export function alliesOf(
  kg: KnowledgeGraph,
  entityId: string,
  date: DayRange,
  options: CounterpartyOptions = {},
): Counterparty[] {
  const answers = new Answers();
  addDirect(answers, kg, entityId, date, ["allied-with"], "either");
  const self = kg.entities.get(entityId);
  if (self && FIGHTING_KINDS.has(self.kind)) {
    for (const membership of relationsOf(kg, entityId, "source")) {
      const coalition = kg.entities.get(membership.target)!;
      if (membership.kind !== "member-of" || coalition.kind !== "coalition") continue;
      const holding = holdsOn(membership.validity, date);
      if (!holding) continue;
      answers.add(coalition.id, throughCoalition(coalition, [[membership, holding]]));
      for (const other of membersOn(kg, coalition.id, date)) {
        if (other[0].source === entityId) continue;
        answers.add(other[0].source, throughCoalition(coalition, [[membership, holding], other]));
      }
    }
    if (self.kind === "coalition") {
      for (const member of membersOn(kg, entityId, date))
        answers.add(member[0].source, throughCoalition(self, [member]));
    }
  }
  const answered = answers.list(kg, options.certainOnly ?? false);
  return answered.filter((a) => a.entity.id !== entityId);
}
