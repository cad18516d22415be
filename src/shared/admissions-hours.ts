import { minutes, type Day } from '../iop-schedule/iop-schedule.schema.js';
import { nextOccurrence } from '../iop-schedule/zoned-time.js';
import type { AdmissionsHours } from './facility.schema.js';

const WEEK = 6048e5;

/**
 * Whether the admissions line is answered at `now` (an instant) by `hours` in `zone`: `[true,
 * until]` with the end of the answered stretch (consecutive days joined), else `[false, from]`
 * with the next opening. A range whose end is at or before its start runs past midnight.
 */
export function answeredAt(hours: Exclude<AdmissionsHours, '24/7'>, zone: string, now: number): [open: boolean, at: number] {
  const spans: number[][] = [];
  for (const [day, range] of Object.entries(hours)) {
    const [from, to] = range!.split('-');
    // This week's (today counts, even when already over), and the weeks either side.
    const start = nextOccurrence(zone, day as Day, from, now);
    const length = (((minutes(to) - minutes(from) + 1439) % 1440) + 1) * 6e4;
    for (const s of [start - WEEK, start, start + WEEK]) spans.push([s, s + length]);
  }
  let until = 0;
  // Each pass can only move `until` later, over finitely many spans.
  for (let grew = true; grew; ) {
    grew = false;
    for (const [s, e] of spans) if (s <= Math.max(now, until) && e > Math.max(now, until)) (until = e), (grew = true);
  }
  return until ? [true, until] : [false, Math.min(...spans.map(([s]) => s).filter((s) => s > now))];
}
