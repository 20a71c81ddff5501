import type { HTMLAttributes, ReactNode } from 'react';

export interface HeadingProps extends HTMLAttributes<HTMLHeadingElement> {
  level: 1 | 2 | 3 | 4;
  children: ReactNode;
}

export function Heading({ level, className, children, ...rest }: HeadingProps) {
  const Tag = `h${String(level) as '1' | '2' | '3' | '4'}` as const;
  return (
    <Tag className={[`koers-heading koers-heading--${String(level)}`, className].filter(Boolean).join(' ')} {...rest}>
      {children}
    </Tag>
  );
}

/**
 * The one h1 of a page. It can take focus (not by tab) so that focus can move to it when the
 * page changes; pages render it straight away, also while their data loads.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  return (
    <Heading level={1} tabIndex={-1} data-page-heading="">
      {children}
    </Heading>
  );
}
