'use client';

import type { Lang } from '../../lib/i18n/lang';
import { SignInForm } from '../management/sign-in-form';
import { useApiKey } from '../management/use-api-key';
import { AdoptEditionForm } from './adopt-edition-form';
import { adoptEditionTexts } from './adopt-edition-texts';

/**
 * Adoption in the management context: the key signed in on /beheer (kept for the tab) or signed in here, and only
 * for the role admin the form that adopts a draft as an edition.
 */
export function AdoptEditionPanel({
  lang,
  years,
  year,
  municipality,
}: {
  lang: Lang;
  years: readonly number[];
  year: number;
  municipality: string;
}) {
  const t = adoptEditionTexts(lang);
  const { session, error, signIn } = useApiKey(lang);
  if (!session) return <SignInForm lang={lang} error={error} onSignIn={(key) => void signIn(key)} />;
  if (session.who.role !== 'admin') return <p data-testid="adopt-admin-only">{t.adminOnly}</p>;
  return <AdoptEditionForm lang={lang} apiKey={session.key} years={years} year={year} municipality={municipality} />;
}
