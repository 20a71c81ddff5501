import type { ComponentProps, ReactNode } from 'react';
import { Icon, type IconName } from './Icon';
import './Button.css';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'subtle';

export interface ButtonProps extends ComponentProps<'button'> {
  variant?: ButtonVariant;
  size?: 'default' | 'large';
  icon?: IconName;
  children: ReactNode;
}

/** The class names of a button, for links that look like one. */
export function buttonClassName(variant: ButtonVariant = 'primary', size: 'default' | 'large' = 'default'): string {
  return ['koers-button', `koers-button--${variant}`, size === 'large' ? 'koers-button--large' : '']
    .filter(Boolean)
    .join(' ');
}

export function Button({ variant = 'primary', size = 'default', icon, type = 'button', className, children, ...rest }: ButtonProps) {
  return (
    <button type={type} className={[buttonClassName(variant, size), className].filter(Boolean).join(' ')} {...rest}>
      {icon !== undefined && <Icon name={icon} />}
      <span>{children}</span>
    </button>
  );
}
