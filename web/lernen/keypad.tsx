// The on-screen keypad for number answers: digits, decimal comma, fraction bar, minus and (where
// the task is about percentages) the percent sign. Big keys for small fingers; every key is a
// real button, so it works with a keyboard and a screen reader too.
import { useTranslation } from '../shared/i18n';

export function Keypad(props: { onKey: (key: string) => void; onDelete: () => void; hasPercent: boolean }) {
  const { t } = useTranslation();
  // Like a phone's keypad: 7 8 9 on top, the signs in the right-hand column.
  const signs: Record<string, { label: string; name: string }> = {
    ',': { label: ',', name: t('keypad.comma') },
    '/': { label: '/', name: t('keypad.fraction') },
    '-': { label: '−', name: t('keypad.minus') },
    '%': { label: '%', name: t('keypad.percent') },
  };
  const layout = ['7', '8', '9', '/', '4', '5', '6', '-', '1', '2', '3', ',', '0', ...(props.hasPercent ? ['%'] : [])];
  const keys = layout.map((key) => ({ key, label: signs[key]?.label ?? key, name: signs[key]?.name }));
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
