/** The client app before signing in (welcome) and reading aloud. Short words, "u" for the reader. */
export const clientNl = {
  title: 'Welkom',
  welcome: 'Welkom bij {{organisation}}',
  welcomeGeneric: 'Welkom bij Koers',
  signInSoon: 'Uw coach stuurt u een link om in te loggen.',
  whatItIs: 'In deze app houdt u straks contact met uw coach.',
  unknownOrganisation: 'We kennen deze organisatie niet. Kijk of de link van uw coach goed is.',
  noOrganisation: 'Open de app met de link die u van uw coach krijgt.',
  readAloud: 'Voorlezen',
  stopReading: 'Stoppen met voorlezen',
} as const;
