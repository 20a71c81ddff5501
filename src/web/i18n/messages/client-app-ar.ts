import type { Messages } from './messages';

/**
 * Arabic (right to left) for the client app's own screens. The coach's screens are not offered
 * in Arabic; where a text is missing the app falls back to Dutch.
 */
export const clientAppAr: Omit<Messages['clientApp'], 'coach'> = {
  language: 'اللغة',
  nav: {
    label: 'القائمة',
    home: 'الرسائل',
    settings: 'اختياراتي',
  },
  signIn: {
    title: 'تسجيل الدخول',
    intro: 'اكتب رقم هاتفك المحمول أو بريدك الإلكتروني. ستحصل على رمز.',
    address: 'رقم الهاتف المحمول أو البريد الإلكتروني',
    addressHint: 'مثلاً 06 12345678',
    send: 'أرسل لي رمزاً',
    codeTitle: 'اكتب الرمز',
    codeSentSms: 'هل نعرف رقمك؟ إذن ستصلك الآن رسالة نصية فيها رمز.',
    codeSentEmail: 'هل نعرف بريدك الإلكتروني؟ إذن سيصلك الآن بريد فيه رمز.',
    codeValid: 'الرمز صالح لمدة 10 دقائق.',
    code: 'الرمز (6 أرقام)',
    confirm: 'دخول',
    otherAddress: 'رقم أو بريد إلكتروني آخر',
    newCode: 'أرسل رمزاً جديداً',
    errors: {
      invalidAddress: 'اكتب رقم هاتف محمول أو بريداً إلكترونياً.',
      codeFormat: 'الرمز 6 أرقام.',
      codeInvalid: 'هذا الرمز غير صحيح أو لم يعد صالحاً. تحقق منه أو اطلب رمزاً جديداً.',
      tooMany: 'طلبت رمزاً مرات كثيرة. انتظر 15 دقيقة ثم حاول مرة أخرى.',
      generic: 'لم ينجح ذلك. حاول مرة أخرى.',
    },
  },
  home: {
    greeting: 'مرحباً {{name}}',
    title: 'رسائلك',
    unread: 'رسائل جديدة: {{count}}',
    empty: 'ليست لديك رسائل بعد.',
    new: 'جديد',
    markRead: 'قرأتها',
    received: 'وصلت: {{date}}',
    loadError: 'لا يمكن تحميل رسائلك الآن. حاول مرة أخرى لاحقاً.',
  },
  push: {
    title: 'الإشعارات',
    explain: 'احصل على إشعار على هاتفك عندما تصلك رسالة جديدة.',
    enable: 'تشغيل الإشعارات',
    disable: 'إيقاف الإشعارات',
    on: 'الإشعارات مفعّلة.',
    denied: 'الإشعارات محظورة. فعّلها من إعدادات هاتفك.',
    failed: 'لم ينجح تشغيل الإشعارات.',
  },
  preferences: {
    title: 'اختياراتي',
    channels: 'كيف تريد أن تصلك الرسائل؟',
    sms: 'برسالة نصية',
    email: 'بالبريد الإلكتروني',
    push: 'كإشعار على هاتفي',
    categories: 'ما الرسائل التي لا تريدها؟',
    news: 'الأخبار',
    vacancy: 'الوظائف الشاغرة',
    event: 'اللقاءات',
    serviceNote: 'الرسائل الخاصة بمرافقتك تصلك دائماً.',
    clickTracking: 'يمكن لـ Koers أن ترى الروابط التي أضغط عليها',
    save: 'حفظ',
    saved: 'تم حفظ اختياراتك.',
  },
  signOut: 'تسجيل الخروج',
};

/** The texts of the shared client app parts (welcome, read aloud) in Arabic. */
export const clientAr = {
  title: 'مرحباً',
  welcome: 'مرحباً بك في {{organisation}}',
  welcomeGeneric: 'مرحباً بك في Koers',
  signInSoon: 'سيرسل لك مرشدك رابطاً لتسجيل الدخول.',
  whatItIs: 'في هذا التطبيق تبقى على تواصل مع مرشدك.',
  unknownOrganisation: 'لا نعرف هذه المؤسسة. تحقق من أن رابط مرشدك صحيح.',
  noOrganisation: 'افتح التطبيق بالرابط الذي يرسله لك مرشدك.',
  readAloud: 'اقرأ بصوت عالٍ',
  stopReading: 'أوقف القراءة',
} as const;
