import { Icon } from '../ui/Icon';
import './ChatAttachmentView.css';
import type { ChatAttachment } from './chat-api';

/** A file in a chat message: a photo shown in place, a document as a link to open it. */
export function ChatAttachmentView({ attachment, url, photoLabel, documentLabel }: { attachment: ChatAttachment; url: string; photoLabel: string; documentLabel: string }) {
  if (attachment.mediaType.startsWith('image/')) {
    return (
      <a href={url} target="_blank" rel="noopener" className="koers-chat-photo">
        <img src={url} alt={photoLabel} loading="lazy" />
      </a>
    );
  }
  return (
    <a href={url} download={attachment.fileName} className="koers-chat-document">
      <Icon name="download" />
      <span>{documentLabel}</span>
    </a>
  );
}
