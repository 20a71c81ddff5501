import { VisuallyHidden } from '../ui/VisuallyHidden';
import './ChatUnreadCount.css';

/** The number of unread chat messages beside a menu item; the words are for screen readers. */
export function ChatUnreadCount({ count, words }: { count: number; words: string }) {
  if (count <= 0) return null;
  return (
    <span className="koers-chat-count">
      <span aria-hidden="true">{count}</span>
      <VisuallyHidden>{words}</VisuallyHidden>
    </span>
  );
}
