/** "2026-07-06" as the app says it: "Vandaag", "Morgen", else "maandag 6 juli". */
export function dayName(day: string, today: string, language: string, words: { today: string; tomorrow: string }): string {
  if (day === today) return words.today;
  const date = new Date(`${day}T12:00:00Z`);
  const next = new Date(`${today}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  if (date.getTime() === next.getTime()) return words.tomorrow;
  return new Intl.DateTimeFormat(language, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
}

/** A date without the weekday: "6 juli 2026". */
export function longDate(day: string, language: string): string {
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}

/** "08:30" as Dutch writes it ("8.30"); other languages keep the colon. */
export function clockTime(time: string, language: string): string {
  const short = time.replace(/^0(\d)/, '$1');
  return language === 'nl' ? short.replace(':', '.') : short;
}
