export interface LoadingProps {
  label?: string;
  /** Fill the viewport (used while a route chunk loads). */
  fullPage?: boolean;
}

export function Loading({ label = 'Loading…', fullPage = false }: LoadingProps) {
  return (
    <div className={fullPage ? 'loading loading--page' : 'loading'} role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
