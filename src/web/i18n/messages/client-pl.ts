import type { ClientTranslation } from './client-translation';

/** The client app before signing in (welcome) and reading aloud, in Polish ("ty"). */
export const clientPl: ClientTranslation<'pl'>['client'] = {
  title: 'Witamy',
  welcome: 'Witamy w aplikacji {{organisation}}',
  welcomeGeneric: 'Witamy w aplikacji Koers',
  signInSoon: 'Twój doradca wyśle ci link do logowania.',
  whatItIs: 'W tej aplikacji wkrótce będziesz w kontakcie ze swoim doradcą.',
  unknownOrganisation: 'Nie znamy tej organizacji. Sprawdź, czy link od doradcy jest dobry.',
  noOrganisation: 'Otwórz aplikację linkiem, który dostaniesz od doradcy.',
  readAloud: 'Czytaj na głos',
  stopReading: 'Przestań czytać',
};
