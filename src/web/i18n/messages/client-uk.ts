import type { ClientTranslation } from './client-translation';

/** The client app before signing in (welcome) and reading aloud, in Ukrainian ("ви"). */
export const clientUk: ClientTranslation<'uk'>['client'] = {
  title: 'Вітаємо',
  welcome: 'Вітаємо в застосунку {{organisation}}',
  welcomeGeneric: 'Вітаємо в застосунку Koers',
  signInSoon: 'Ваш консультант надішле вам посилання для входу.',
  whatItIs: 'У цьому застосунку ви зможете спілкуватися зі своїм консультантом.',
  unknownOrganisation: 'Ми не знаємо цієї організації. Перевірте, чи правильне посилання від консультанта.',
  noOrganisation: 'Відкрийте застосунок за посиланням від вашого консультанта.',
  readAloud: 'Прочитати вголос',
  stopReading: 'Зупинити читання',
};
