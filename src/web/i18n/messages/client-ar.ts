import type { ClientTranslation } from './client-translation';

/** The client app before signing in (welcome) and reading aloud, in Arabic. */
export const clientAr: ClientTranslation<'ar'>['client'] = {
  title: 'مرحباً',
  welcome: 'مرحباً بك في {{organisation}}',
  welcomeGeneric: 'مرحباً بك في Koers',
  signInSoon: 'سيرسل لك مرشدك رابطاً لتسجيل الدخول.',
  whatItIs: 'في هذا التطبيق تبقى على تواصل مع مرشدك.',
  unknownOrganisation: 'لا نعرف هذه المؤسسة. تحقق من أن رابط مرشدك صحيح.',
  noOrganisation: 'افتح التطبيق بالرابط الذي يرسله لك مرشدك.',
  readAloud: 'اقرأ بصوت عالٍ',
  stopReading: 'أوقف القراءة',
};
