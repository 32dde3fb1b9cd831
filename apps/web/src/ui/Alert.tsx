import type { ReactNode } from 'react';

export interface AlertProps {
  tone?: 'error' | 'info';
  title?: string;
  children: ReactNode;
  action?: ReactNode;
}

/** A message region; errors are announced immediately (role="alert"), notices politely. */
export function Alert({ tone = 'error', title, children, action }: AlertProps) {
  return (
    <div className={`alert alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <div className="alert__body">
        {title && <p className="alert__title">{title}</p>}
        <div>{children}</div>
      </div>
      {action && <div className="alert__action">{action}</div>}
    </div>
  );
}
