import { useLocation } from 'react-router';

/** A success message handed to the next page through the navigation state. */
export interface NoticeState {
  notice: string;
}

export function useNotice(): string | undefined {
  const state = useLocation().state as Partial<NoticeState> | null;
  return typeof state?.notice === 'string' ? state.notice : undefined;
}
