import type { ReactElement } from 'react';
import { MessageIcon, OutlineIcon, type MessageIconName } from '../staff/messaging/icons';

/** Drawings the message icons lack: being sick, what to wear, what to bring, taking back. */
const drawings = {
  thermometer: (
    <>
      <path d="M10 4.5a2 2 0 0 1 4 0v9.3a4 4 0 1 1-4 0z" />
      <path d="M12 10v6" />
    </>
  ),
  shirt: <path d="M8.5 3.5 4 6l1.5 4.5L7.5 10v10.5h9V10l2 .5L20 6l-4.5-2.5a3.5 3.5 0 0 1-7 0Z" />,
  bag: (
    <>
      <rect x="4" y="8" width="16" height="12.5" rx="2" />
      <path d="M9 8V6a3 3 0 0 1 6 0v2" />
    </>
  ),
  mail: (
    <>
      <rect x="3" y="5.5" width="18" height="13" rx="1.5" />
      <path d="m3.5 6.5 8.5 6.5 8.5-6.5" />
    </>
  ),
  person: (
    <>
      <circle cx="12" cy="8" r="4" />
      <path d="M4 20c1.2-3.5 4.3-5.5 8-5.5s6.8 2 8 5.5" />
    </>
  ),
  undo: (
    <>
      <path d="M9 14 4 9l5-5" />
      <path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />
    </>
  ),
} satisfies Record<string, ReactElement>;

export type SelfServiceIconName = keyof typeof drawings | MessageIconName;

/** An icon beside words on the self-service screens; decorative, the words say what it means. */
export function SelfServiceIcon({ name, size = 28 }: { name: SelfServiceIconName; size?: number }) {
  if (!(name in drawings)) return <MessageIcon name={name} size={size} />;
  return <OutlineIcon drawing={drawings[name as keyof typeof drawings]} size={size} />;
}
