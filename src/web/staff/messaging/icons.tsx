import type { ReactElement } from 'react';

/** The icons a message can carry in the client app (MessageIcon in the API contract). */
export const messageIconNames = [
  'message',
  'calendar',
  'briefcase',
  'news',
  'info',
  'warning',
  'location',
  'school',
  'heart',
  'sun',
  'clock',
  'phone',
] as const;

export type MessageIconName = (typeof messageIconNames)[number];

export function isMessageIconName(value: string): value is MessageIconName {
  return (messageIconNames as readonly string[]).includes(value);
}

/** 24×24 outline drawings, in the current text colour. */
const drawings: Record<MessageIconName, ReactElement> = {
  message: <path d="M4 5.5h16v10H9.5L5 19.5v-4H4z" />,
  calendar: (
    <>
      <rect x="3.5" y="5" width="17" height="15" rx="1.5" />
      <path d="M3.5 10h17M8 3v4M16 3v4" />
    </>
  ),
  briefcase: (
    <>
      <rect x="3" y="7.5" width="18" height="12" rx="1.5" />
      <path d="M9 7.5V5.5a1 1 0 0 1 1-1h4a1 1 0 0 1 1 1v2M3 13h18" />
    </>
  ),
  news: (
    <>
      <path d="M4 5h13v14H6a2 2 0 0 1-2-2z" />
      <path d="M17 9h3v8a2 2 0 0 1-2 2h-1M7 9h7M7 12.5h7M7 16h4" />
    </>
  ),
  info: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 11v6M12 7.5v.5" />
    </>
  ),
  warning: (
    <>
      <path d="M12 3.5 2.5 20h19L12 3.5Z" />
      <path d="M12 10v4.5M12 17v.5" />
    </>
  ),
  location: (
    <>
      <path d="M12 21s-6.5-6-6.5-11a6.5 6.5 0 0 1 13 0c0 5-6.5 11-6.5 11Z" />
      <circle cx="12" cy="10" r="2.5" />
    </>
  ),
  school: (
    <>
      <path d="m2.5 9.5 9.5-5 9.5 5-9.5 5z" />
      <path d="M6.5 11.5v4.5c1.5 1.5 3.5 2.5 5.5 2.5s4-1 5.5-2.5v-4.5M21.5 9.5v5" />
    </>
  ),
  heart: <path d="M12 20s-7.5-4.6-7.5-10A4.3 4.3 0 0 1 12 7.3 4.3 4.3 0 0 1 19.5 10c0 5.4-7.5 10-7.5 10Z" />,
  sun: (
    <>
      <circle cx="12" cy="12" r="4" />
      <path d="M12 2.5v2.5M12 19v2.5M2.5 12H5M19 12h2.5M5.3 5.3l1.8 1.8M16.9 16.9l1.8 1.8M5.3 18.7l1.8-1.8M16.9 7.1l1.8-1.8" />
    </>
  ),
  clock: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7v5l3.5 2" />
    </>
  ),
  phone: (
    <>
      <rect x="7" y="2.5" width="10" height="19" rx="2" />
      <path d="M11 18.5h2" />
    </>
  ),
};

/**
 * A 24×24 outline drawing in the current text colour, as every message icon is drawn. Decorative
 * by default (the words next to it say what it means); give a label when it stands alone.
 */
export function OutlineIcon({ drawing, label, size = 24 }: { drawing: ReactElement; label?: string; size?: number }) {
  return (
    <svg
      className="koers-message-icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.75"
      strokeLinecap="round"
      strokeLinejoin="round"
      focusable="false"
      {...(label === undefined ? { 'aria-hidden': true } : { role: 'img', 'aria-label': label })}
    >
      {drawing}
    </svg>
  );
}

/** A message icon; an unknown name draws the speech bubble. */
export function MessageIcon({ name, label, size = 24 }: { name: string; label?: string; size?: number }) {
  return <OutlineIcon drawing={isMessageIconName(name) ? drawings[name] : drawings.message} label={label} size={size} />;
}
