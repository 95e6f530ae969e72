// Ordering tasks: tap the parts in order (the tap-to-order way, which also works with a keyboard),
// or drag a part onto the list. The answer is the order of the letters, e.g. "B, A, C".
import { useTranslation } from '../shared/i18n';

const LETTERS = 'ABCDEFGHIJ';

export function orderAnswer(order: number[]): string {
  return order.map((index) => LETTERS[index]).join(', ');
}

export function OrderTask(props: { items: string[]; order: number[]; onChange: (order: number[]) => void }) {
  const { t } = useTranslation();
  const left = props.items.map((_, index) => index).filter((index) => !props.order.includes(index));
  const place = (index: number) => props.onChange([...props.order, index]);
  return (
    <div>
      <p class="muted">{t('task.order')}</p>
      <h3>{t('task.orderPlaced')}</h3>
      <ol
        class="order-list card"
        aria-label={t('task.orderPlaced')}
        onDragOver={(event) => event.preventDefault()}
        onDrop={(event) => {
          const index = Number(event.dataTransfer?.getData('text/plain'));
          if (Number.isInteger(index) && !props.order.includes(index)) place(index);
        }}
      >
        {props.order.map((index) => (
          <li key={index} class="button">
            {props.items[index]}
          </li>
        ))}
      </ol>
      <h3>{t('task.orderLeft')}</h3>
      <ul class="order-list" aria-label={t('task.orderLeft')}>
        {left.map((index) => (
          <li key={index}>
            <button
              type="button"
              class="button quiet"
              draggable
              onDragStart={(event) => event.dataTransfer?.setData('text/plain', String(index))}
              onClick={() => place(index)}
            >
              {props.items[index]}
            </button>
          </li>
        ))}
      </ul>
      {props.order.length > 0 ? (
        <button type="button" class="button quiet" onClick={() => props.onChange([])}>
          {t('task.orderReset')}
        </button>
      ) : null}
    </div>
  );
}
