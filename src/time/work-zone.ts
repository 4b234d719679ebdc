import type { Limit } from "../model/validity.js";

/** The days a relation may and must hold while the dataset-wide rules are applied to it. */
export interface WorkZone {
  outerLo: number;
  outerHi: number;
  innerLo: number;
  innerHi: number;
  lowerLimit: Limit | null;
  upperLimit: Limit | null;
}

/** Rules the relation out before `day`, saying why; a limit that cuts nothing is ignored. */
export function limitFrom(zone: WorkZone, day: number, limit: Limit): void {
  if (day <= zone.outerLo) return;
  zone.outerLo = day;
  zone.lowerLimit = limit;
  if (zone.innerLo < day) zone.innerLo = day;
}

/** Rules the relation out after `day`, saying why; a limit that cuts nothing is ignored. */
export function limitTo(zone: WorkZone, day: number, limit: Limit): void {
  if (day >= zone.outerHi) return;
  zone.outerHi = day;
  zone.upperLimit = limit;
  if (zone.innerHi > day) zone.innerHi = day;
}
