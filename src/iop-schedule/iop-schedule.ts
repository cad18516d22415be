import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { IopElement } from '../shared/iop-element.js';
import { fmt, intl, parts, weekdayName, zoneName, type CommonText } from '../shared/i18n.js';
import { jsonAttribute } from '../shared/json-attribute.js';
import { baseStyles } from '../shared/styles.js';
import type { ConfigOf } from '../shared/validate.js';
import { days, minutes, scheduleShape, type Day, type Session, type Track } from './iop-schedule.schema.js';
import { defaultTracks, scheduleText } from './iop-schedule.strings.js';
import { scheduleStyles } from './iop-schedule.styles.js';
import { nextOccurrence, offset, weekdayIn } from './zoned-time.js';

type Text = (typeof scheduleText)['en'] & CommonText;

/** One session, placed in time: in the program's zone, and in the visitor's when that differs. */
interface Placed {
  session: Session;
  program: string;
  visitor?: unknown;
}

/** More tracks than any program runs; past it, the rest are counted, not drawn. */
export const MAX_TRACKS = 20;

/** Minutes a session lasts; an end written 23:59 means the midnight that closes the day. */
const length = ({ start, end }: Session) => (end === '23:59' ? 1440 : minutes(end)) - minutes(start);

/** A zone's name: `UTC` as people write it, not `GMT+00:00`. */
const isUtc = (zone: string) => /^(Etc\/)?(UTC|GMT)$/.test(zone);

/** Every space made one that never breaks a line. */
const keep = (text: string) => text.replace(/\s/g, '\u00a0');

/**
 * A time range in the locale's own form, with one place to break: after its dash ("9:00 AM –⏎12:00
 * PM"). Each end is written in full where the shared form misleads: "12:00 – 3:00 AM" (midnight or
 * noon with the half of the day said once) or a date in the middle (an end at midnight).
 */
function timeRange(format: Intl.DateTimeFormat, start: number, end: number): string {
  const ps = format.formatRangeToParts(start, end);
  const text = (from: number, to?: number) => ps.slice(from, to).map((p) => p.value).join('');
  const cut = ps.findIndex((p) => p.source === 'endRange');
  const starts = ps.filter((p) => p.source === 'startRange');
  const sep = cut < 0 ? ' – ' : text(starts.length, cut);
  const whole = cut < 0 || ps.some((p) => /^(year|month|day)$/.test(p.type)) || (starts.some((p) => p.type === 'hour' && p.value === '12') && !starts.some((p) => p.type === 'dayPeriod'));
  const [a, b] = whole ? [format.format(start), format.format(end)] : [text(0, starts.length), text(cut)];
  // The break after the dash is a plain space: engines' ICU differ there (a thin space in Node's), and
  // the prerendered range must be as wide as the one the module draws over it.
  return keep(a) + sep.replace(/^\s+/, keep).replace(/\s+$/, ' ') + keep(b);
}

/**
 * When the program meets: each track's days and times, sessions and hours a week, the program's
 * length and total hours, and each time in the visitor's own zone when it differs, correct across
 * daylight-saving changes. A week table on wide screens, a list of days on a phone. At most
 * `MAX_TRACKS` tracks are shown, with a line saying so: no page is blocked by a runaway list.
 *
 * @tagname iop-schedule
 * @summary When the program meets, in the visitor's own time.
 * @csspart base - The section around everything.
 * @csspart heading - The heading.
 * @csspart summary - The program's length and time zone.
 * @csspart week - The week table (wide screens).
 * @csspart table - Same node as `week`.
 * @csspart track - Each track: name, note, totals and its list of days (the list shows on phones).
 * @csspart track-name - Each track's heading.
 * @csspart item - Each session in a track's list.
 * @csspart telehealth - The telehealth mark.
 * @csspart error - The notice listing configuration problems.
 * @event iop-config-error - The configuration has problems; `detail.issues` lists them.
 */
export class IopSchedule extends IopElement {
  static override styles = [baseStyles, scheduleStyles];

  static override properties: PropertyDeclarations = {
    tracks: { converter: jsonAttribute },
    weeks: {},
    timezone: {},
    heading: {},
    now: { attribute: false },
  };

  /** JSON array of tracks: `name`, `sessions` (`{ day, start, end }`), `telehealth`, `note`. */
  declare tracks?: unknown;
  /** Program length: `"10"` or `"8-12"` weeks. */
  declare weeks?: string;
  /** IANA zone of the times. Default: the facility's, else the visitor's. */
  declare timezone?: string;
  /** Heading text. */
  declare heading?: string;
  /** A `Date`: the day the times are placed from (the coming week). Default: today. */
  declare now?: unknown;

  protected config: ConfigOf<typeof scheduleShape> = {};
  protected t = scheduleText.en as Text;
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    ({ config: this.config, t: this.t } = this.resolve(scheduleShape, scheduleText));
  }

  /** The tracks shown: the configured or default ones, at most `MAX_TRACKS`. */
  #tracks() {
    return (this.config.tracks ?? defaultTracks[this.lang_]).slice(0, MAX_TRACKS);
  }

  /** Each session as schema.org opening hours of the facility, in the program's own times. */
  override schemaOrg() {

    return {
      // Only the facility's own tracks: the default week is an example, not its opening hours.
      openingHoursSpecification: (this.config.tracks ?? []).flatMap((track) =>
        track.sessions.map(({ day, start, end }) => ({
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: `https://schema.org/${weekdayName('en', days.indexOf(day))}`,
          opens: start,
          closes: end,
        })),
      ),
    };
  }

  protected override render() {
    const { config, t } = this;
    // Always a tag `Intl` accepts: langOf() canonicalises the page's tag or falls back (src/shared/i18n.ts).
    const { locale } = this;
    const total = (config.tracks ?? []).length;
    const tracks = this.#tracks();
    const visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    // A zone was given but none of them is valid: the times are shown as written, with no zone
    // named and none converted, rather than labelled with the visitor's zone as if it were the program's.
    const unknown = !config.timezone && this.rejected.includes('timezone');
    const zone = config.timezone ?? (unknown ? 'UTC' : visitorZone);
    const now = config.now?.getTime() ?? Date.now();
    const [minWeeks, maxWeeks = minWeeks] = config.weeks!.split(/[-–]/).map(Number);
    const number = intl(Intl.NumberFormat, locale, { maximumFractionDigits: 1 });
    const range = (a: number, b: number) => (a === b ? number.format(a) : fmt(t.range, { a: number.format(a), b: number.format(b) }));
    const times = (timeZone: string) => intl(Intl.DateTimeFormat, locale, { hour: 'numeric', minute: '2-digit', timeZone });
    const [programTimes, visitorTimes] = [times(zone), times(visitorZone)];
    // One name per zone: "CT" beside the times where the language has such an abbreviation, else
    // the summary's own long name ("hora del centro" in both places, never "hora de Chicago" beside it).
    const nameOf = (timeZone: string, abbreviate?: boolean) => {
      if (isUtc(timeZone)) return 'UTC';
      const short = abbreviate && zoneName(locale, timeZone, now, 'shortGeneric');
      return short && !short.includes(' ') ? short : zoneName(locale, timeZone, now);
    };
    const dayName = (day: Day) => weekdayName(locale, days.indexOf(day));
    // Day names as headings start with a capital, as Spanish headings do ("Lunes"), though not in a sentence.
    const dayHeading = (day: Day) => dayName(day).replace(/^\p{Ll}/u, (c) => c.toLocaleUpperCase(locale));
    const differs = !unknown && zone !== visitorZone;
    // Joined to its time by a no-break space (never "12:00 PM" / "CT"); a long name ("hora del centro") may wrap between its words.
    const label = differs ? nameOf(zone, true) : '';

    const place = (session: Session): Placed => {
      const start = nextOccurrence(zone, session.day, session.start, now);
      const end = start + length(session) * 60_000;
      const program = timeRange(programTimes, start, end);
      if (!differs || offset(zone, start) === offset(visitorZone, start)) return { session, program };
      return {
        session,
        program: `${program}\u00a0${label}`,
        visitor: parts(t.yourTime, { day: dayName(weekdayIn(visitorZone, start)), time: html`<span class="time">${timeRange(visitorTimes, start, end)}</span>` }),
      };
    };
    const placed = tracks.map((track) => track.sessions.map(place));
    const when = ({ program, visitor }: Placed) => html`<span class="time">${program}</span>${visitor ? html`<span class="yours">${visitor}</span>` : nothing}`;

    // Monday first in US English, as people there read a program's week; otherwise the locale's own first day.
    const first = /^en(-US)?$/i.test(locale) ? 1 : ((new Intl.Locale(locale) as { getWeekInfo?: () => { firstDay: number } }).getWeekInfo?.().firstDay ?? 1);
    const columns = days.map((_, i) => days[(first - 1 + i) % 7]);
    // Only the days the program meets: an empty column is a question the visitor need not ask.
    const shown = columns.filter((day) => tracks.some((track) => track.sessions.some((s) => s.day === day)));

    return html`<section part="base" aria-labelledby="heading">
      ${this.renderHeading(config.heading, t.heading)} ${this.renderIssues(t)}
      <p part="summary">
        ${fmt(t.length, { weeks: range(minWeeks, maxWeeks) })} ${unknown ? t.zoneUnknown : fmt(t.zone, { zone: nameOf(zone) })}
        ${placed.flat().some((p) => p.visitor) ? fmt(t.yourZone, { zone: nameOf(visitorZone) }) : nothing}
      </p>
      ${total > tracks.length ? html`<p class="note">${fmt(t.capped, { shown: tracks.length, total: number.format(total) })}</p>` : nothing}
      ${tracks.length ? this.#week(tracks, placed, shown, dayHeading, when) : nothing}
      ${tracks.map((track, i) => this.#track(track, placed[i], range, minWeeks, maxWeeks, dayHeading, when, locale))}
    </section>`;
  }

  /** The week table; left out when every track was rejected, rather than shown with no rows. */
  #week(tracks: Track[], placed: Placed[][], shown: Day[], dayName: (day: Day) => string, when: (p: Placed) => unknown) {
    const { t } = this;
    return html`<table part="week table">
        <caption class="visually-hidden">${t.weekCaption}</caption>
        <thead>
          <tr>
            <th scope="col">${t.track}</th>
            ${shown.map((day) => html`<th scope="col">${dayName(day)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${tracks.map(
            (track, i) => html`<tr>
              <th scope="row">${track.name}</th>
              ${shown.map((day) => html`<td>${placed[i].filter((p) => p.session.day === day).map((p) => html`<div>${when(p)}</div>`)}</td>`)}
            </tr>`,
          )}
        </tbody>
      </table>`;
  }

  #track(
    track: Track,
    placed: Placed[],
    range: (a: number, b: number) => string,
    minWeeks: number,
    maxWeeks: number,
    dayName: (day: Day) => string,
    when: (p: Placed) => unknown,
    locale: string,
  ) {
    const { t } = this;
    const count = track.sessions.length;
    const hours = track.sessions.reduce((sum, s) => sum + length(s) / 60, 0);
    const plural = intl(Intl.PluralRules, locale).select(count) === 'one' ? t.sessions_one : t.sessions_other;
    // Not a region of its own: the element is the one landmark; the badge is a word apart from the name.
    return html`<div part="track">
      ${this.subheading(1, 'track-name', html`${track.name}${track.telehealth ? html` <span part="telehealth">${t.telehealth}</span>` : nothing}`)}
      ${track.note ? html`<p class="note">${track.note}</p>` : nothing}
      <p class="totals">
        ${fmt(plural, { count })} · ${fmt(t.hoursWeek, { hours: range(hours, hours) })} ·
        ${fmt(t.hoursTotal, { hours: range(hours * minWeeks, hours * maxWeeks) })}
      </p>
      <ul class="days">
        ${placed.map((p) => html`<li part="item"><strong>${dayName(p.session.day)}</strong> ${when(p)}</li>`)}
      </ul>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iop-schedule': IopSchedule;
  }
}
