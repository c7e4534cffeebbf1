'use client';

import { useCallback, useEffect, useState } from 'react';
import type { WhoAmIResponse } from '@koers/api-contracts';
import { whoAmI } from '../../lib/api/management.client';
import type { Lang } from '../../lib/i18n/lang';
import { failureText, managementTexts } from './management-texts';

const STORAGE_KEY = 'koers.apiKey';

export interface ApiKeySession {
  readonly key: string;
  readonly who: WhoAmIResponse;
}

/**
 * The signed-in API key: checked with /auth/whoami and kept in session storage (gone when the tab closes), so a
 * reload keeps the sign-in. A refused key is forgotten.
 */
export function useApiKey(lang: Lang) {
  const [session, setSession] = useState<ApiKeySession | null>(null);
  const [error, setError] = useState<string | null>(null);

  const signIn = useCallback(
    async (key: string): Promise<void> => {
      const outcome = await whoAmI(key, lang);
      if (outcome.kind === 'ok') {
        sessionStorage.setItem(STORAGE_KEY, key);
        setSession({ key, who: outcome.who });
        setError(null);
        return;
      }
      const t = managementTexts(lang);
      if (outcome.kind !== 'unreachable') sessionStorage.removeItem(STORAGE_KEY);
      setSession(null);
      setError(failureText(outcome, t, t.signIn.refused));
    },
    [lang],
  );

  const signOut = useCallback(() => {
    sessionStorage.removeItem(STORAGE_KEY);
    setSession(null);
  }, []);

  useEffect(() => {
    const stored = sessionStorage.getItem(STORAGE_KEY);
    if (stored) void signIn(stored);
  }, [signIn]);

  return { session, error, signIn, signOut };
}
