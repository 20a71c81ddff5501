import type { ClientTranslation } from './client-translation';

/** The client app before signing in (welcome) and reading aloud, in Turkish ("siz"). */
export const clientTr: ClientTranslation<'tr'>['client'] = {
  title: 'Hoş geldiniz',
  welcome: 'Hoş geldiniz: {{organisation}}',
  welcomeGeneric: 'Koers’a hoş geldiniz',
  signInSoon: 'Koçunuz size giriş için bir bağlantı gönderecek.',
  whatItIs: 'Bu uygulamada yakında koçunuzla iletişimde kalacaksınız.',
  unknownOrganisation: 'Bu kurumu tanımıyoruz. Koçunuzun bağlantısı doğru mu, bakın.',
  noOrganisation: 'Uygulamayı koçunuzun gönderdiği bağlantıyla açın.',
  readAloud: 'Sesli oku',
  stopReading: 'Okumayı durdur',
};
