import { css, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { IopElement } from '../shared/iop-element.js';
import { fmt, type CommonText } from '../shared/i18n.js';
import { jsonAttribute } from '../shared/json-attribute.js';
import { baseStyles } from '../shared/styles.js';
import type { ConfigOf } from '../shared/validate.js';
import { days, minutes, scheduleShape, type Day, type Session, type Track } from './iop-schedule.schema.js';
import { defaultTracks, scheduleText } from './iop-schedule.strings.js';
import { nextOccurrence, offset, weekdayIn } from './zoned-time.js';

type Text = (typeof scheduleText)['en'] & CommonText;

/** One session, placed in time: in the program's zone, and in the visitor's when that differs. */
interface Placed {
  session: Session;
  program: string;
  visitor?: string;
}

/**
 * When the program meets: each track's days and times, sessions and hours a week, the program's
 * length and total hours, and each time in the visitor's own zone when it differs, correct across
 * daylight-saving changes. A week table on wide screens, a list of days on a phone.
 *
 * @tagname iop-schedule
 * @summary When the program meets, in the visitor's own time.
 * @csspart base - The section around everything.
 * @csspart heading - The heading.
 * @csspart summary - The program's length and time zone.
 * @csspart week - The week table (wide screens).
 * @csspart track - Each track: name, note, totals and its list of days (the list shows on phones).
 * @csspart item - Each session in a track's list.
 * @csspart telehealth - The telehealth mark.
 * @csspart error - The notice listing configuration problems.
 * @event iop-config-error - The configuration has problems; `detail.issues` lists them.
 */
export class IopSchedule extends IopElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        container-type: inline-size;
      }
      [part~='summary'],
      .note {
        margin: 0 0 var(--_space);
        color: var(--_muted);
      }
      table {
        width: 100%;
        border-collapse: collapse;
        margin: 0 0 var(--_space);
        table-layout: fixed;
        background: var(--_surface);
      }
      th,
      td {
        padding: 0.5em;
        border: 1px solid var(--_border);
        text-align: start;
        vertical-align: top;
      }
      thead th {
        font-size: 0.875em;
      }
      td div + div {
        margin-top: 0.5em;
      }
      .yours {
        display: block;
        font-size: 0.875em;
        color: var(--_muted);
      }
      [part~='track'] {
        margin: 0 0 var(--_space);
      }
      h3 {
        margin: 0 0 0.25em;
        font-size: 1.125em;
      }
      [part~='telehealth'] {
        margin-inline-start: 0.5em;
        padding: 0 0.5em;
        font-size: 0.8125rem;
        border: 1px solid currentColor;
        border-radius: 999px;
        color: var(--_primary);
      }
      .totals {
        margin: 0 0 0.5em;
        font-weight: 600;
      }
      /* Each track's list of days (not the notice's list, which must always show). */
      .days {
        display: none;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .days li {
        padding: 0.5em 0;
        border-top: 1px solid var(--_border);
      }
      .days strong {
        display: block;
      }
      /* A phone: the week table gives way to each track's list of days. */
      @container (max-width: 40rem) {
        table {
          display: none;
        }
        .days {
          display: block;
        }
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    tracks: { converter: jsonAttribute },
    weeks: {},
    timezone: {},
    heading: {},
  };

  /** JSON array of tracks: `name`, `sessions` (`{ day, start, end }`), `telehealth`, `note`. */
  declare tracks?: unknown;
  /** Program length: `"10"` or `"8-12"` weeks. */
  declare weeks?: string;
  /** IANA zone of the times. Default: the facility's, else the visitor's. */
  declare timezone?: string;
  /** Heading text. */
  declare heading?: string;
  /** The day the times are placed from (the coming week). Default: today. */
  now?: Date;

  protected config: ConfigOf<typeof scheduleShape> = {};
  protected t = scheduleText.en as Text;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    ({ config: this.config, t: this.t } = this.resolve(scheduleShape, scheduleText));
  }

  /** Each session as schema.org opening hours of the facility, in the program's own times. */
  override schemaOrg() {
    const dayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
    return {
      openingHoursSpecification: (this.config.tracks ?? defaultTracks(this.lang_)).flatMap((track) =>
        track.sessions.map(({ day, start, end }) => ({
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: `https://schema.org/${dayNames[days.indexOf(day)]}`,
          opens: start,
          closes: end,
        })),
      ),
    };
  }

  protected override render() {
    const { config, t, locale } = this;
    const tracks = config.tracks ?? defaultTracks(this.lang_);
    const visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const zone = config.timezone ?? visitorZone;
    const now = (this.now ?? new Date()).getTime();
    const [minWeeks, maxWeeks = minWeeks] = (config.weeks ?? '8-12').split(/[-–]/).map(Number);
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const range = (a: number, b: number) => (a === b ? number.format(a) : number.formatRange(a, b));
    // Formatters made once per render, not once per session: constructing one is the costly part.
    const times = (timeZone: string) => new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone });
    const [programTimes, visitorTimes] = [times(zone), times(visitorZone)];
    const [short, long] = (['shortGeneric', 'longGeneric'] as const).map((style) => new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: style }));
    const zoneName = (names: Intl.DateTimeFormat, at: number) => names.formatToParts(at).find((p) => p.type === 'timeZoneName')!.value;
    const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
    const dayName = (day: Day) => weekday.format(Date.UTC(2024, 0, 1 + days.indexOf(day)));
    const differs = zone !== visitorZone;

    const place = (session: Session): Placed => {
      const start = nextOccurrence(zone, session.day, session.start, now);
      const end = start + (minutes(session.end) - minutes(session.start)) * 60_000;
      const program = programTimes.formatRange(start, end);
      if (!differs || offset(zone, start) === offset(visitorZone, start)) return { session, program };
      const localDay = weekdayIn(visitorZone, start);
      const visitor = visitorTimes.formatRange(start, end);
      return {
        session,
        program: `${program} ${zoneName(short, start)}`,
        visitor: localDay === session.day ? fmt(t.yourTime, { time: visitor }) : fmt(t.yourDayTime, { day: dayName(localDay), time: visitor }),
      };
    };
    const placed = tracks.map((track) => track.sessions.map(place));
    const when = ({ program, visitor }: Placed) => html`${program}${visitor ? html`<span class="yours">${visitor}</span>` : nothing}`;

    // Monday first in US English, as people there read a program's week; otherwise the locale's own first day.
    const first = /^en(-US)?$/i.test(locale) ? 1 : ((new Intl.Locale(locale) as { getWeekInfo?: () => { firstDay: number } }).getWeekInfo?.().firstDay ?? 1);
    const columns = days.map((_, i) => days[(first - 1 + i) % 7]);
    const shown = columns.filter((day) => tracks.some((track) => track.sessions.some((s) => s.day === day)) || !/sat|sun/.test(day));

    return html`<section part="base" aria-labelledby="heading">
      <h2 part="heading" id="heading">${config.heading ?? t.heading}</h2>
      ${this.renderIssues(t)}
      <p part="summary">
        ${fmt(t.length, { weeks: range(minWeeks, maxWeeks) })} ${fmt(t.zone, { zone: zoneName(long, now) })}
        ${differs && placed.flat().some((p) => p.visitor) ? t.yourZone : nothing}
      </p>
      ${tracks.length ? this.#week(tracks, placed, shown, dayName, when) : nothing}
      ${tracks.map((track, i) => this.#track(track, placed[i], range, minWeeks, maxWeeks, dayName, when))}
    </section>`;
  }

  /** The week table; left out when every track was rejected, rather than shown with no rows. */
  #week(tracks: Track[], placed: Placed[][], shown: Day[], dayName: (day: Day) => string, when: (p: Placed) => unknown) {
    const { t } = this;
    return html`<table part="week">
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
  ) {
    const { t } = this;
    const count = track.sessions.length;
    const hours = track.sessions.reduce((sum, s) => sum + (minutes(s.end) - minutes(s.start)) / 60, 0);
    const plural = new Intl.PluralRules(this.locale).select(count) === 'one' ? t.sessions_one : t.sessions_other;
    return html`<section part="track" aria-label=${track.name}>
      <h3>${track.name}${track.telehealth ? html`<span part="telehealth">${t.telehealth}</span>` : nothing}</h3>
      ${track.note ? html`<p class="note">${track.note}</p>` : nothing}
      <p class="totals">
        ${fmt(plural, { count })} · ${fmt(t.hoursWeek, { hours: range(hours, hours) })} ·
        ${fmt(t.hoursTotal, { hours: range(hours * minWeeks, hours * maxWeeks) })}
      </p>
      <ul class="days">
        ${placed.map((p) => html`<li part="item"><strong>${dayName(p.session.day)}</strong> ${when(p)}</li>`)}
      </ul>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iop-schedule': IopSchedule;
  }
}
