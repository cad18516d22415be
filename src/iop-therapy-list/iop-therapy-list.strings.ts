import type { Lang } from '../shared/i18n.js';
import type { Therapy } from './iop-therapy-list.schema.js';

const en = {
  heading: 'Therapies we offer',
  'core': 'Core services',
  'evidence-based': 'Evidence-based therapies',
  'experiential': 'Experiential therapies',
  'support': 'Support',
  'medical': 'Medical care',
  'individual': 'Individual',
  'group': 'Group',
  'family': 'Family',
  telehealth: 'Telehealth available',
  search: 'Search therapies',
  category: 'Category',
  format: 'Format',
  allCategories: 'All categories',
  allFormats: 'All formats',
  count: '{shown} of {total} therapies shown',
  empty: 'No therapies match your search.',
  reset: 'Show all therapies',
  showMore: 'Show {count} more',
  more: 'Details',
  learnMore: 'Learn more',
};

/** Visible text, by key; any key can be overridden with the `strings` attribute. */
export const therapyListText: { en: typeof en; es: Record<keyof typeof en, string> } = {
  en,
  es: {
    heading: 'Terapias que ofrecemos',
    'core': 'Servicios principales',
    'evidence-based': 'Terapias basadas en la evidencia',
    'experiential': 'Terapias vivenciales',
    'support': 'Apoyo',
    'medical': 'Atención médica',
    'individual': 'Individual',
    'group': 'En grupo',
    'family': 'En familia',
    telehealth: 'También por telesalud',
    search: 'Buscar terapias',
    category: 'Categoría',
    format: 'Modalidad',
    allCategories: 'Todas las categorías',
    allFormats: 'Todas las modalidades',
    count: 'Se muestran {shown} de {total} terapias',
    empty: 'Ninguna terapia coincide con su búsqueda.',
    reset: 'Ver todas las terapias',
    showMore: 'Mostrar {count} más',
    more: 'Detalles',
    learnMore: 'Más información',
  },
};

type Entry = [category: Therapy['category'], formats: string, en: [string, string], es: [string, string]];

// What an IOP typically offers (DOMAIN.md). Formats are typical, not promises: a facility that
// differs sets its own `therapies`. Telehealth is left unmarked, since only the facility knows.
const entries: Entry[] = [
  ['core', 'group', ['Group therapy', 'Small groups led by a therapist, where people in recovery learn from and support one another.'], ['Terapia de grupo', 'Grupos pequeños guiados por un terapeuta, donde personas en recuperación aprenden unas de otras y se apoyan.']],
  ['core', 'individual', ['Individual therapy', 'Private sessions with your own therapist to work on your goals at your pace.'], ['Terapia individual', 'Sesiones privadas con su terapeuta para trabajar en sus metas a su propio ritmo.']],
  ['core', 'family', ['Family therapy', 'Sessions that help families heal, communicate and support recovery at home.'], ['Terapia familiar', 'Sesiones que ayudan a la familia a sanar, a comunicarse y a apoyar la recuperación en casa.']],
  ['core', 'individual', ['Case management', 'Help with practical needs such as work, housing, insurance and care after the program.'], ['Gestión de casos', 'Ayuda con necesidades prácticas, como el trabajo, la vivienda, el seguro y la atención después del programa.']],
  ['medical', 'individual', ['Medication management', 'A prescriber checks in on medications that ease cravings or treat other conditions.'], ['Control de medicamentos', 'Un profesional revisa los medicamentos que alivian las ansias de consumir o tratan otras afecciones.']],
  ['core', 'individual group', ['Relapse prevention', 'Planning for triggers and hard moments, so that a slip does not undo your progress.'], ['Prevención de recaídas', 'Un plan para los momentos difíciles y los desencadenantes, para que un tropiezo no borre su avance.']],
  ['support', 'group', ['Support groups', 'Twelve-step meetings such as AA or NA, peer support and mentoring from people who have been there.'], ['Grupos de apoyo', 'Reuniones de doce pasos como AA o NA, apoyo entre pares y acompañamiento de personas que vivieron lo mismo.']],
  ['evidence-based', 'individual group', ['Cognitive behavioral therapy (CBT)', 'Learn to notice the thoughts behind substance use and change how you respond to them.'], ['Terapia cognitivo-conductual (TCC)', 'Aprenda a reconocer los pensamientos que llevan al consumo y a responder a ellos de otra manera.']],
  ['evidence-based', 'individual group', ['Dialectical behavior therapy (DBT)', 'Skills for handling strong emotions, stress and relationships without turning to substances.'], ['Terapia dialéctico-conductual (TDC)', 'Herramientas para manejar emociones intensas, el estrés y las relaciones sin recurrir a sustancias.']],
  ['evidence-based', 'individual', ['EMDR', 'Eye movement desensitization and reprocessing helps the mind work through painful memories.'], ['EMDR', 'La desensibilización y reprocesamiento por movimientos oculares ayuda a procesar recuerdos dolorosos.']],
  ['evidence-based', 'individual', ['Motivational interviewing', 'Conversations that help you find your own reasons for change, without judgment.'], ['Entrevista motivacional', 'Conversaciones que le ayudan a encontrar sus propias razones para cambiar, sin juicios.']],
  ['experiential', 'group', ['Art therapy', 'Drawing, painting and making things to express what is hard to put into words.'], ['Arteterapia', 'Dibujar, pintar y crear para expresar lo que cuesta decir con palabras.']],
  ['experiential', 'group', ['Psychodrama', 'Acting out real situations in a safe group to practice new ways of responding.'], ['Psicodrama', 'Representar situaciones reales en un grupo seguro para ensayar nuevas formas de responder.']],
  ['experiential', 'group', ['Equine therapy', 'Caring for and working with horses to build trust, patience and self-awareness.'], ['Equinoterapia', 'Cuidar caballos y trabajar con ellos para fortalecer la confianza, la paciencia y el conocimiento de uno mismo.']],
  ['experiential', 'group', ['Trauma-informed yoga', 'Gentle movement and breathing that help the body feel safe again.'], ['Yoga sensible al trauma', 'Movimiento suave y respiración que ayudan a que el cuerpo vuelva a sentirse seguro.']],
  ['experiential', 'group', ['Breathwork', 'Guided breathing to calm stress and cravings in the moment.'], ['Ejercicios de respiración', 'Respiración guiada para calmar el estrés y las ansias de consumir en el momento.']],
  ['experiential', 'group', ['Music therapy', 'Listening to, playing and writing music to process feelings and connect with others.'], ['Musicoterapia', 'Escuchar, tocar y componer música para procesar emociones y conectar con los demás.']],
];

const therapies = (lang: 0 | 1): Therapy[] =>
  entries.map(([category, formats, ...texts]) => {
    const [name, description] = texts[lang];
    return { name, description, category, formats: formats.split(' ') as Therapy['formats'] };
  });

// Built at import, unlike the other defaults: it is a public export, a plain object a CMS may read or replace.
export const defaultTherapies: Record<Lang, Therapy[]> = { en: therapies(0), es: therapies(1) };
