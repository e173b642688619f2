import { useEffect, useState } from 'react';

import type { AppLocation } from '@/app/app-location';
import { parseAppLocation } from '@/app/app-location';

/** The parsed `location.hash`, updated on navigation. */
export function useAppLocation(): AppLocation {
  const [location, setLocation] = useState(() => parseAppLocation(window.location.hash));
  useEffect(() => {
    const update = () => setLocation(parseAppLocation(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return location;
}
