import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';

export interface ScrollViewport {
  top: number;
  left: number;
  width: number;
  height: number;
}

const same = (a: ScrollViewport, b: ScrollViewport) => a.top === b.top && a.left === b.left && a.width === b.width && a.height === b.height;

/**
 * The scroll offsets and inner size of a scroll container, followed on scroll and resize. `sync`
 * reads them at once, for a caller that has just set scrollTop and wants the next render to match.
 */
export function useScrollViewport(ref: RefObject<HTMLElement | null>) {
  const [viewport, setViewport] = useState<ScrollViewport>({ top: 0, left: 0, width: 0, height: 0 });

  const sync = useCallback(() => {
    const element = ref.current;
    if (!element) return;
    const next = { top: element.scrollTop, left: element.scrollLeft, width: element.clientWidth, height: element.clientHeight };
    setViewport((current) => (same(current, next) ? current : next));
  }, [ref]);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    sync();
    element.addEventListener('scroll', sync, { passive: true });
    const observer = new ResizeObserver(sync);
    observer.observe(element);
    return () => {
      element.removeEventListener('scroll', sync);
      observer.disconnect();
    };
  }, [ref, sync]);

  return { viewport, sync };
}
