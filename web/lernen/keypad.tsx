// The on-screen keypad for number answers: digits, decimal comma, fraction bar, minus and (where
// the task is about percentages) the percent sign. Big keys for small fingers; every key is a
// real button, so it works with a keyboard and a screen reader too.
import { useTranslation } from '../shared/i18n';

export function Keypad(props: { onKey: (key: string) => void; onDelete: () => void; hasPercent: boolean }) {
  const { t } = useTranslation();
  const keys: { key: string; label: string; name?: string }[] = [
    ...['7', '8', '9', '4', '5', '6', '1', '2', '3', '0'].map((digit) => ({ key: digit, label: digit })),
    { key: ',', label: ',', name: t('keypad.comma') },
    { key: '/', label: '/', name: t('keypad.fraction') },
    { key: '-', label: '−', name: t('keypad.minus') },
    ...(props.hasPercent ? [{ key: '%', label: '%', name: t('keypad.percent') }] : []),
  ];
  return (
    <div class="keypad" role="group" aria-label={t('keypad.label')}>
      {keys.map((key) => (
        <button
          type="button"
          class="button quiet"
          key={key.key}
          aria-label={key.name ?? key.label}
          onClick={() => props.onKey(key.key)}
        >
          {key.label}
        </button>
      ))}
      <button type="button" class="button quiet" aria-label={t('keypad.delete')} onClick={props.onDelete}>
        ⌫
      </button>
    </div>
  );
}
