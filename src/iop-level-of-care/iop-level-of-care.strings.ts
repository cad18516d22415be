import { perLang, type Lang } from '../shared/i18n.js';
import type { Level } from './iop-level-of-care.schema.js';

const en = {
  heading: 'Levels of care',
  intro: 'From the least to the most intensive care.',
  details: 'Details',
  thisProgram: 'This program',
  offeredHere: 'Also offered here',
  notOffered: 'Not offered here',
  hoursRange: '{min}\u2060–\u2060{max} hours a week',
  hoursExactly: '{min} hours a week',
  hoursUnder: 'Fewer than {max} hours a week',
  hoursOrMore: '{min} or more hours a week',
  hours24: 'Care around the clock',
  settingHome: 'Lives at home',
  settingResidence: 'Lives at the treatment residence',
  settingHospital: 'Stays in the hospital',
  lengthLabel: 'Typical length:',
  suitsLabel: 'Often a good fit for:',
  tableCaption: 'Levels of care compared',
  colLevel: 'Level of care',
  colHours: 'Hours a week',
  colSetting: 'Where you live',
  colSupervision: 'Supervision',
  colLength: 'Typical length',
  colHere: 'At this facility',
  scrollHint: 'Scroll sideways to see every column.',
  notApplicable: '—',
  assessment: 'A clinical assessment decides which level fits, and people move between levels as their needs change.',
  callNamed: 'To ask about an assessment, call {name} at {phone}.',
  call: 'To ask about an assessment, call {phone}.',
  badLevelCode: 'expected a level code such as 2.1',
  unknownLevel: '"{value}" is not one of the levels shown ({codes})',
};

/** Visible text, by key; any key can be overridden with the `strings` attribute. */
export const levelOfCareText: { en: typeof en; es: Record<keyof typeof en, string> } = {
  en,
  es: {
    heading: 'Niveles de atención',
    intro: 'De la atención menos intensiva a la más intensiva.',
    details: 'Detalles',
    thisProgram: 'Este programa',
    offeredHere: 'También lo ofrecemos',
    notOffered: 'No se ofrece aquí',
    hoursRange: 'De {min} a {max} horas por semana',
    hoursExactly: '{min} horas por semana',
    hoursUnder: 'Menos de {max} horas por semana',
    hoursOrMore: '{min} horas o más por semana',
    hours24: 'Atención las 24 horas',
    settingHome: 'Vive en su casa',
    settingResidence: 'Vive en la residencia de tratamiento',
    settingHospital: 'Permanece en el hospital',
    lengthLabel: 'Duración habitual:',
    suitsLabel: 'Suele ser adecuado para:',
    tableCaption: 'Comparación de los niveles de atención',
    colLevel: 'Nivel de atención',
    colHours: 'Horas por semana',
    colSetting: 'Dónde vive',
    colSupervision: 'Supervisión',
    colLength: 'Duración habitual',
    colHere: 'En este centro',
    scrollHint: 'Desplácese hacia los lados para ver todas las columnas.',
    notApplicable: '—',
    assessment: 'Una evaluación clínica determina qué nivel le conviene, y cada persona puede pasar de un nivel a otro según cambien sus necesidades.',
    callNamed: 'Para pedir una evaluación, llame a {name} al {phone}.',
    call: 'Para pedir una evaluación, llame al {phone}.',
    badLevelCode: 'se esperaba un código de nivel, como 2.1',
    unknownLevel: '«{value}» no es ninguno de los niveles mostrados ({codes})',
  },
};

type Text = [name: string, summary: string, supervision: string, duration?: string, suitableFor?: string[]];
type Entry = [code: string, hoursPerWeek: Level['hoursPerWeek'], setting: Level['setting'], en: Text, es: Text];

// One row a level, both languages side by side, as the therapy catalogue is stored: the keys and
// the facts that do not depend on the language are written once.
const entries: Entry[] = [
  [
    '0.5',
    undefined,
    'home',
    ['Early intervention', 'Assessment and education for people at risk, before a substance use disorder develops.', 'No supervision between sessions'],
    ['Intervención temprana', 'Evaluación y orientación para personas en riesgo, antes de que se desarrolle un trastorno por consumo de sustancias.', 'Sin supervisión entre sesiones'],
  ],
  [
    '1',
    { max: 9 },
    'home',
    ['Outpatient services', 'Regular counseling sessions that fit around work, school and family life.', 'No supervision between sessions', 'Often 12 to 16 weeks, after a more intensive program'],
    ['Tratamiento ambulatorio', 'Sesiones de terapia periódicas, compatibles con el trabajo, los estudios y la vida familiar.', 'Sin supervisión entre sesiones', 'a menudo, de 12 a 16 semanas después de un programa más intensivo'],
  ],
  [
    '2.1',
    { min: 9, max: 19 },
    'home',
    [
      'Intensive outpatient (IOP)',
      'Structured group and individual therapy several days a week, while living at home.',
      'Scheduled clinical sessions',
      '8 to 12 weeks',
      [
        'Mild to moderate substance use, without a need for 24-hour supervision or medical withdrawal care',
        'A stable, supportive home',
        'People stepping down from residential care',
        'People who need to keep up with work, school or caregiving',
      ],
    ],
    [
      'Programa ambulatorio intensivo (IOP)',
      'Terapia grupal e individual estructurada varios días a la semana, sin dejar de vivir en casa.',
      'Sesiones clínicas programadas',
      'de 8 a 12 semanas',
      [
        'Consumo de sustancias leve o moderado, sin necesidad de supervisión las 24 horas ni de desintoxicación con atención médica',
        'Un hogar estable y con apoyo',
        'Personas que terminan un tratamiento residencial',
        'Quienes necesitan seguir con su trabajo, sus estudios o el cuidado de otras personas',
      ],
    ],
  ],
  [
    '2.5',
    { min: 20 },
    'home',
    ['Partial hospitalization (PHP)', 'A full day of treatment on most weekdays, returning home at night.', 'Daily clinical care, with medical access'],
    ['Hospitalización parcial (PHP)', 'Tratamiento durante casi toda la jornada, la mayoría de los días laborables, volviendo a casa por la noche.', 'Atención clínica diaria, con acceso a atención médica'],
  ],
  [
    '3',
    '24h',
    'residence',
    ['Residential treatment', 'Living at a treatment residence with structure and staff around the clock.', '24-hour staff; medically monitored at the highest intensity', 'About 28 to 30 days, longer for severe cases'],
    ['Tratamiento residencial', 'Vivir en una residencia de tratamiento, con estructura y personal las 24 horas.', 'Personal las 24 horas; supervisión médica en la intensidad más alta', 'unos 28 a 30 días; más en los casos graves'],
  ],
  [
    '4',
    '24h',
    'hospital',
    ['Medically managed inpatient', 'Hospital care for people who need daily medical and nursing attention.', '24-hour medical and nursing care'],
    ['Hospitalización con manejo médico intensivo', 'Atención hospitalaria para quienes necesitan cuidados médicos y de enfermería a diario.', 'Atención médica y de enfermería las 24 horas'],
  ],
];

// A key a level does not have is left out, as if written without it. (Not a JSON round trip: a
// page's old script may have put toJSON on Array.prototype.)
const levels = (lang: 0 | 1): Level[] =>
  entries.map(([code, hoursPerWeek, setting, ...texts]) => {
    const [name, summary, supervision, duration, suitableFor] = texts[lang];
    const level = { code, name, summary, hoursPerWeek, setting, supervision, duration, suitableFor };
    return Object.fromEntries(Object.entries(level).filter(([, value]) => value !== undefined)) as Level;
  });

/** The continuum of care as the ASAM Criteria (3rd edition) number it; see DOMAIN.md. */
export const defaultLevels: Record<Lang, Level[]> = perLang(levels);
