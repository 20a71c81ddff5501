import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Icon, type IconName } from '../ui/Icon';
import { ReadAloudButton } from './ReadAloudButton';

/**
 * One part of "Mijn gegevens": a heading with an icon and the words under it, read aloud as
 * shown (`readText` reads something else instead, e.g. a form's explanation only).
 */
export function MyRecordSection({ icon, title, readText, children }: { icon: IconName; title: string; readText?: string; children: ReactNode }) {
  const headingId = useId();
  const bodyRef = useRef<HTMLDivElement>(null);
  const [shownText, setShownText] = useState('');
  // What is on screen is what is read: closed parts are not rendered, so they are not read either.
  useEffect(() => {
    setShownText(bodyRef.current?.innerText.trim() ?? '');
  });
  return (
    <section aria-labelledby={headingId} className="koers-my-record__section">
      <h2 id={headingId} className="koers-my-record__heading">
        <span className="koers-my-record__icon">
          <Icon name={icon} />
        </span>
        {title}
      </h2>
      <div ref={bodyRef} className="koers-my-record__body">
        {children}
      </div>
      <ReadAloudButton text={`${title}. ${readText ?? shownText}`} describedBy={headingId} />
    </section>
  );
}

/** Label and value pairs, the empty ones left out. */
export function MyRecordFacts({ facts }: { facts: [string, string | null | undefined][] }) {
  const shown = facts.filter((fact): fact is [string, string] => fact[1] !== null && fact[1] !== undefined && fact[1] !== '');
  return (
    <dl className="koers-my-record__facts">
      {shown.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
