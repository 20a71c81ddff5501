import { useEffect, useRef } from 'react';
import { SelfServiceIcon, type SelfServiceIconName } from './SelfServiceIcon';
import './self-service.css';

/**
 * What a self-service step did, with a big icon: the first line as its title, then who knows now.
 * It takes focus when it appears or says something new, so a screen reader says it at once.
 */
export function SelfServiceConfirmation({ icon, lines }: { icon: SelfServiceIconName; lines: readonly string[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const said = lines.join('\n');
  useEffect(() => {
    ref.current?.focus();
  }, [said]);
  return (
    <div ref={ref} tabIndex={-1} className="koers-self-service__done" role="status">
      <span className="koers-self-service__done-icon">
        <SelfServiceIcon name={icon} size={40} />
      </span>
      <div>
        {lines.map((line, index) => (
          <p key={index} className={index === 0 ? 'koers-self-service__done-title' : undefined}>
            {line}
          </p>
        ))}
      </div>
    </div>
  );
}
