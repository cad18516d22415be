const en = {
  heading: 'Insurance and payment',
  intro: 'We check your insurance for free, and it commits you to nothing: with the name of your insurance company and your member ID, our admissions team asks your plan what it covers and what you would pay, then tells you.',
  carriers: 'Insurance we accept',
  plansVary: 'What each plan covers differs: we check yours.',
  accepts: 'Payment options',
  medicaid: 'Medicaid',
  medicare: 'Medicare',
  tricare: 'TRICARE',
  'self-pay': 'Self-pay',
  'payment-plan': 'Payment plans',
  'sliding-scale': 'Sliding-scale fees based on income',
  verify: 'Check my coverage',
  call: 'To check your coverage, call {phone}.',
};

/** Visible text, by key; any key can be overridden with the `strings` attribute. */
export const insuranceText: { en: typeof en; es: Record<keyof typeof en, string> } = {
  en,
  es: {
    heading: 'Seguro y formas de pago',
    intro: 'Verificamos su seguro sin costo y sin ningún compromiso: con el nombre de su aseguradora y su número de afiliado, nuestro equipo de admisiones consulta a su plan qué cubre y cuánto pagaría usted, y se lo informa.',
    carriers: 'Seguros que aceptamos',
    plansVary: 'Lo que cubre cada plan varía: verificamos el suyo.',
    accepts: 'Formas de pago',
    medicaid: 'Medicaid',
    medicare: 'Medicare',
    tricare: 'TRICARE',
    'self-pay': 'Pago por cuenta propia',
    'payment-plan': 'Planes de pago',
    'sliding-scale': 'Tarifas según sus ingresos',
    verify: 'Verificar mi cobertura',
    call: 'Para verificar su cobertura, llame al {phone}.',
  },
};
