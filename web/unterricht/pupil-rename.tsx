// "Umbenennen" in a pupil's row: a small inline form for a new pseudonym (GDPR Art. 16). It opens
// with the focus in the field; Escape or "Abbrechen" closes it and puts the focus back on the button.
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, request } from '../shared/api';
import { useTranslation, type MessageKey } from '../shared/i18n';
import { ErrorNote } from '../shared/ui';
import { useAction } from '../shared/use-action';

// The server's answers in the page's words (its own messages are English and technical).
const MESSAGES: Record<string, MessageKey> = {
  bad_request: 'rename.pupilRules',
  username_taken: 'rename.pupilTaken',
  username_owned_by_school_system: 'rename.pupilOwnedBySchool',
};

export function PupilRename(props: {
  classId: string;
  pupil: { pupilId: string; username: string };
  onRenamed: (oldName: string, newName: string) => void;
}) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const [username, setUsername] = useState('');
  const { isBusy, error, setError, run } = useAction();
  const field = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const fieldId = `rename-${props.pupil.pupilId}`;
  useEffect(() => {
    if (isOpen) field.current?.focus();
  }, [isOpen]);

  const close = () => {
    setOpen(false);
    setError(null);
    setUsername(props.pupil.username);
    setTimeout(() => opener.current?.focus());
  };
  const save = run(async () => {
    try {
      const renamed = await request('PUT /classes/:id/pupils/:pupilId/username', {
        params: { id: props.classId, pupilId: props.pupil.pupilId },
        body: { username: username.trim() },
      });
      setOpen(false);
      props.onRenamed(props.pupil.username, renamed.username);
    } catch (err) {
      const key = err instanceof ApiError ? MESSAGES[err.code] : undefined;
      throw key ? new Error(t(key)) : err;
    }
  });

  if (!isOpen)
    return (
      <button
        type="button"
        class="button quiet"
        ref={opener}
        aria-label={`${t('rename.pupil')}: ${props.pupil.username}`}
        onClick={() => {
          setUsername(props.pupil.username);
          setOpen(true);
        }}
      >
        {t('rename.pupil')}
      </button>
    );
  return (
    <form
      class="rename-form"
      onSubmit={save}
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
      }}
    >
      <label for={fieldId}>{t('rename.pupilLabel', { name: props.pupil.username })}</label>
      <p class="muted" id={`${fieldId}-help`}>
        {t('rename.pupilRules')}
      </p>
      <div class="row">
        <input
          id={fieldId}
          ref={field}
          value={username}
          autocomplete="off"
          autocapitalize="none"
          spellcheck={false}
          maxLength={30}
          aria-describedby={`${fieldId}-help`}
          onInput={(e) => setUsername((e.target as HTMLInputElement).value)}
        />
        <button type="submit" class="button" disabled={isBusy}>
          {t('common.save')}
        </button>
        <button type="button" class="button quiet" onClick={close} disabled={isBusy}>
          {t('common.cancel')}
        </button>
      </div>
      <ErrorNote error={error} />
    </form>
  );
}
