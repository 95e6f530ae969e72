// The on-screen keypad for number answers: digits, decimal comma, fraction bar, minus and, where
// the task asks for a unit ("? cm", "in Prozent", "Wie viel Euro"), that unit's key, which types
// " cm" after the number. Only the asked unit: a key for another one would invite a wrong answer.
// Big keys for small fingers; every key is a real button, so it works with a keyboard and a screen
// reader too.
import type { Answer } from '../shared/api';
import { useTranslation } from '../shared/i18n';

export type AskedUnit = NonNullable<Answer<'POST /attempts'>['task']['unit']>;

export function Keypad(props: { onKey: (key: string) => void; onDelete: () => void; unit: AskedUnit | null }) {
  const { t } = useTranslation();
  // Like a phone's keypad: 7 8 9 on top, the signs in the right-hand column.
  const signs: Record<string, { label: string; name: string }> = {
    ',': { label: ',', name: t('keypad.comma') },
    '/': { label: '/', name: t('keypad.fraction') },
    '-': { label: '−', name: t('keypad.minus') },
  };
  const layout = ['7', '8', '9', '/', '4', '5', '6', '-', '1', '2', '3', ',', '0'];
  const keys = layout.map((key) => ({ key, label: signs[key]?.label ?? key, name: signs[key]?.name }));
  if (props.unit)
    keys.push({
      key: ` ${props.unit}`,
      label: props.unit,
      name: props.unit === '%' ? t('keypad.percent') : props.unit,
    });
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
