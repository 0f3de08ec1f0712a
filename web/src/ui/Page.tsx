/** Page furniture: the document title, and the page's h1 (which takes focus after a client-side navigation, so screen readers announce the new page). */
import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useT } from '../i18n';

export function useDocumentTitle(page: string): void {
  const t = useT();
  const title = t('app.documentTitle', { page });
  useEffect(() => {
    document.title = title;
  }, [title]);
}

/** The key of the location the app first showed a page for; every in-app navigation has another key (a reload keeps its key). */
let firstKey: string | null = null;
/** Whether the page at `key` was reached by an in-app navigation (the first key the app sees is remembered). */
function navigatedTo(key: string): boolean {
  firstKey ??= key;
  return key !== firstKey;
}

export function PageHeading({ children, id }: { children: ReactNode; id?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();
  const navigated = useRef(navigatedTo(key));
  useEffect(() => {
    if (navigated.current) ref.current?.focus();
    // Only when the heading first appears: a filter or language change keeps focus where it is.
  }, []);
  return (
    <h1 ref={ref} id={id} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
