import { perLang, type Lang } from '../shared/i18n.js';
import type { Track } from './iop-schedule.schema.js';

const en = {
  heading: 'Program schedule',
  range: '{a}\u2060–\u2060{b}',
  length: 'The program runs {weeks} weeks.',
  zone: 'Times are {zone}.',
  zoneUnknown: 'Times are the program’s local times.',
  yourZone: 'Each is also shown in your time ({zone}).',
  sessions_one: '{count} session a week',
  sessions_other: '{count} sessions a week',
  hoursWeek: '{hours} hours a week',
  hoursTotal: '{hours} hours in all',
  yourTime: 'Your time: {day} {time}',
  telehealth: 'Telehealth',
  track: 'Track',
  weekCaption: 'Sessions by day of the week',
  capped: 'Showing the first {shown} of {total} tracks.',
  badTime: 'expected a 24-hour time such as 09:00',
  endBeforeStart: 'the end must be after the start',
  overlap: 'overlaps session {other} on the same day',
  badWeeks: 'expected a number of weeks such as "10" or "8-12"',
};

/** Visible text, by key; any key can be overridden with the `strings` attribute. */
export const scheduleText: { en: typeof en; es: Record<keyof typeof en, string> } = {
  en,
  es: {
    heading: 'Horario del programa',
    range: 'de {a} a {b}',
    length: 'El programa dura {weeks} semanas.',
    zone: 'Los horarios están en {zone}.',
    zoneUnknown: 'Los horarios son los de la hora local del programa.',
    yourZone: 'Cada uno aparece también en su hora ({zone}).',
    sessions_one: '{count} sesión por semana',
    sessions_other: '{count} sesiones por semana',
    hoursWeek: '{hours} horas por semana',
    hoursTotal: '{hours} horas en total',
    yourTime: 'Su hora: {day}, {time}',
    telehealth: 'Telesalud',
    track: 'Grupo',
    weekCaption: 'Sesiones por día de la semana',
    capped: 'Se muestran los primeros {shown} de {total} grupos.',
    badTime: 'se esperaba una hora en formato de 24 horas, como 09:00',
    endBeforeStart: 'el final debe ser posterior al inicio',
    overlap: 'se superpone con la sesión {other} del mismo día',
    badWeeks: 'se esperaba un número de semanas, como "10" o "8-12"',
  },
};

const track = (name: string, days: Track['sessions'][number]['day'][], start: string, end: string): Track => ({
  name,
  sessions: days.map((day) => ({ day, start, end })),
});

/** A morning and an evening track of three three-hour sessions (DOMAIN.md: 9 to 12 hours a week). */
export const defaultTracks: Record<Lang, Track[]> = perLang((lang) => [
  track(['Morning track', 'Grupo de la mañana'][lang], ['mon', 'tue', 'thu'], '09:00', '12:00'),
  track(['Evening track', 'Grupo de la tarde'][lang], ['mon', 'wed', 'thu'], '18:00', '21:00'),
]);
