'use client';

import type { UploadedFileView } from '@koers/api-contracts';
import type { Lang } from '../../lib/i18n/lang';
import { managementTexts } from './management-texts';
import { RunRequestForm } from './run-request-form';
import { SignInForm } from './sign-in-form';
import { UploadForm } from './upload-form';
import { useApiKey } from './use-api-key';
import { WithdrawForm } from './withdraw-form';

/**
 * Sign-in with an API key, then what the key's role may do: upload, replace and withdraw files (editor, admin),
 * start runs (admin). `uploads` are the stored files the page lists, offered to replace or withdraw.
 */
export function ManagementPanel({ lang, uploads }: { lang: Lang; uploads: readonly UploadedFileView[] }) {
  const t = managementTexts(lang);
  const { session, error, signIn, signOut } = useApiKey(lang);
  if (!session) return <SignInForm lang={lang} error={error} onSignIn={(key) => void signIn(key)} />;
  const { role, prefix } = session.who;
  return (
    <div className="space-y-6" data-testid="signed-in">
      <p className="flex flex-wrap items-center gap-3">
        <span>✓ {t.signIn.signedIn(role, prefix)}</span>
        <button type="button" className="underline" onClick={signOut}>
          {t.signIn.signOut}
        </button>
      </p>
      {role === 'viewer' ? (
        <p>{t.upload.forbidden}</p>
      ) : (
        <>
          <UploadForm lang={lang} apiKey={session.key} uploads={uploads} />
          <WithdrawForm lang={lang} apiKey={session.key} uploads={uploads} />
        </>
      )}
      {role === 'admin' ? <RunRequestForm lang={lang} apiKey={session.key} /> : <p data-testid="run-admin-only">{t.run.adminOnly(role)}</p>}
    </div>
  );
}
