/** Small hooks for the case clock's screens. */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { caseKeys } from './api';

/**
 * After an event is recorded or voided: every case clock query on the screen loads again (not awaited, so whoever
 * called it moves focus and closes its dialog first, as before).
 */
export function useCaseChanged(): () => void {
  const client = useQueryClient();
  return useCallback(() => void client.invalidateQueries({ queryKey: caseKeys.all }), [client]);
}

/**
 * After a client-side navigation to `/students/:id#meetings` (a deadline's action), scroll to that section
 * once it is on the page and the sections above it have loaded (nothing busy), so it is not pushed away.
 */
export function useScrollToHash(): void {
  const { hash, key } = useLocation();
  useEffect(() => {
    if (!hash || hash.length < 2) return;
    const id = decodeURIComponent(hash.slice(1));
    let tries = 0;
    const timer = window.setInterval(() => {
      tries++;
      const el = document.getElementById(id);
      const busy = document.querySelector('[aria-busy="true"]');
      if ((el && !busy) || tries > 40) {
        window.clearInterval(timer);
        el?.scrollIntoView({ block: 'start' });
      }
    }, 150);
    return () => window.clearInterval(timer);
  }, [hash, key]);
}

/** Whether the screen is at least `minWidthRem` wide (charts lay themselves out for phones). */
export function useWideScreen(minWidthRem = 44): boolean {
  const query = `(min-width: ${minWidthRem}rem)`;
  const [wide, setWide] = useState(() => typeof window === 'undefined' || window.matchMedia(query).matches);
  useEffect(() => {
    const mq = window.matchMedia(query);
    const on = () => setWide(mq.matches);
    on();
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, [query]);
  return wide;
}

/**
 * A message that says what a change did, and focus moved to it (the row acted on may be gone) after the commit, so
 * after a dialog hands focus back. `announce` sets it; `statusRef` goes on the role="status" element.
 */
export function useAnnouncement() {
  const [announcement, setAnnouncement] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);
  const [focusTick, setFocusTick] = useState(0);
  useEffect(() => {
    if (focusTick) statusRef.current?.focus();
  }, [focusTick]);
  const announce = useCallback((message: string) => {
    setAnnouncement(message);
    setFocusTick((n) => n + 1);
  }, []);
  return { announcement, statusRef, announce };
}
