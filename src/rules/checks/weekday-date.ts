/** weekday-date: "Friday, September 6, 2025" when 6 September 2025 was a Saturday. */
import type { DateClaim } from '../../types';
import { dayRange, WEEKDAYS, weekdayOf } from '../days';
import { evidenceIn } from '../evidence';
import type { Check, CheckFinding } from '../types';

export const weekdayDate: Check = {
  type: 'weekday-date',
  run(ctx) {
    const out: CheckFinding[] = [];
    for (const c of ctx.claims) {
      if (c.kind !== 'date') continue;
      const d = c as DateClaim;
      // a weekday resolved against the published date agrees with it by construction
      if (d.weekday === undefined || d.precision !== 'day' || d.resolvedFrom === 'published' || d.resolvedFrom === 'previous-event') continue;
      const range = dayRange(d.value);
      if (!range) continue;
      const actual = weekdayOf(range.lo);
      if (actual === d.weekday) continue;
      const ev = evidenceIn(ctx.alignment, d);
      out.push({
        message: `${d.source} writes ${WEEKDAYS[d.weekday]} for ${d.value}, which was a ${WEEKDAYS[actual]}`,
        subject: `weekday of ${d.value}`,
        sides: [
          { value: WEEKDAYS[d.weekday], display: `${WEEKDAYS[d.weekday]} (as written)`, sources: [d.source], evidence: [ev] },
          { value: WEEKDAYS[actual], display: `${WEEKDAYS[actual]} (calendar)`, sources: [], evidence: [] },
        ],
        evidence: [ev],
        data: { source: d.source, date: d.value, written: WEEKDAYS[d.weekday], actual: WEEKDAYS[actual] },
      });
    }
    return out;
  },
};
