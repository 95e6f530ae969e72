// Optional per school: terms of use every account confirms at its next login (Keycloak asks; the
// text is the platform's, with the link to the privacy notice).
import { useEffect, useState } from 'preact/hooks';
import { request, type Answer } from '../shared/api';
import { useTranslation } from '../shared/i18n';
import { ErrorNote } from '../shared/ui';
import { useAction } from '../shared/use-action';

export function TermsSetting() {
  const { t } = useTranslation();
  const [school, setSchool] = useState<Answer<'GET /school'> | null>(null);
  const { isBusy, error, setError, run } = useAction();
  useEffect(() => void request('GET /school').then(setSchool).catch(setError), []);
  if (!school) return <ErrorNote error={error} />;
  const toggle = run(async () =>
    setSchool(await request('PUT /school/terms', { body: { isRequired: !school.isTermsAcceptanceRequired } })),
  );
  return (
    <section class="card" aria-labelledby="terms-title">
      <h2 id="terms-title">{t('terms.title')}</h2>
      <p class="muted">{t('terms.help')}</p>
      <p role="status">{school.isTermsAcceptanceRequired ? t('school.twoFactorOn') : t('school.twoFactorOff')}</p>
      <ErrorNote error={error} />
      <button type="button" class="button" disabled={isBusy} onClick={toggle}>
        {school.isTermsAcceptanceRequired ? t('terms.switchOff') : t('terms.switchOn')}
      </button>
    </section>
  );
}
