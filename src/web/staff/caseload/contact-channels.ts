/**
 * The ways of being in contact, in the order of the channel select. The contract builds its
 * union from a list, so TypeScript sees only string there; the codes are spelled out here.
 */
export const contactChannels = ['conversation', 'phone', 'video', 'home_visit', 'email', 'sms', 'chat', 'letter'] as const;
export type ContactChannel = (typeof contactChannels)[number];

export function isContactChannel(value: string): value is ContactChannel {
  return (contactChannels as readonly string[]).includes(value);
}
