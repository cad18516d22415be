import type { TextTable } from '../shared/i18n.js';
import type { Track } from './iop-schedule.schema.js';

/** Visible text, by key; any key can be overridden with the `strings` attribute. */
export const scheduleText = {
  en: {
    heading: 'Program schedule',
    length: 'The program runs {weeks} weeks.',
    zone: 'Times are {zone}.',
    yourZone: 'Your own time is shown below each time.',
    sessions_one: '{count} session a week',
    sessions_other: '{count} sessions a week',
    hoursWeek: '{hours} hours a week',
    hoursTotal: '{hours} hours in all',
    yourTime: '{time} your time',
    yourDayTime: '{day} {time} your time',
    telehealth: 'Telehealth',
    track: 'Track',
    weekCaption: 'Sessions by day of the week',
    badTime: 'expected a 24-hour time such as 09:00',
    endBeforeStart: 'the end must be after the start',
    overlap: 'overlaps session {other} on the same day',
    badWeeks: 'expected a number of weeks such as "10" or "8-12"',
  },
  es: {
    heading: 'Horario del programa',
    length: 'El programa dura {weeks} semanas.',
    zone: 'Los horarios están en {zone}.',
    yourZone: 'Debajo de cada horario aparece su hora local.',
    sessions_one: '{count} sesión por semana',
    sessions_other: '{count} sesiones por semana',
    hoursWeek: '{hours} horas por semana',
    hoursTotal: '{hours} horas en total',
    yourTime: '{time} en su hora local',
    yourDayTime: '{day}, {time} en su hora local',
    telehealth: 'Telesalud',
    track: 'Turno',
    weekCaption: 'Sesiones por día de la semana',
    badTime: 'se esperaba una hora en formato de 24 horas, como 09:00',
    endBeforeStart: 'el final debe ser posterior al inicio',
    overlap: 'se superpone con la sesión {other} del mismo día',
    badWeeks: 'se esperaba un número de semanas, como "10" o "8-12"',
  },
} satisfies TextTable;

/** A morning and an evening track of three three-hour sessions (DOMAIN.md: 9 to 12 hours a week). */
export const defaultTracks = (lang: 'en' | 'es'): Track[] => [
  {
    name: lang === 'es' ? 'Turno de mañana' : 'Morning track',
    sessions: (['mon', 'tue', 'thu'] as const).map((day) => ({ day, start: '09:00', end: '12:00' })),
  },
  {
    name: lang === 'es' ? 'Turno de noche' : 'Evening track',
    sessions: (['mon', 'wed', 'thu'] as const).map((day) => ({ day, start: '18:00', end: '21:00' })),
  },
];
