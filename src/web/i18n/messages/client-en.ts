import type { Messages } from './messages';

/** The client app before signing in (welcome) and reading aloud, in English. */
export const clientEn: Messages['client'] = {
  title: 'Welcome',
  welcome: 'Welcome to {{organisation}}',
  welcomeGeneric: 'Welcome to Koers',
  signInSoon: 'Your coach will send you a link to sign in.',
  whatItIs: 'Soon you will keep in touch with your coach in this app.',
  unknownOrganisation: 'We do not know this organisation. Check that the link from your coach is right.',
  noOrganisation: 'Open the app with the link you get from your coach.',
  readAloud: 'Read aloud',
  stopReading: 'Stop reading aloud',
};
