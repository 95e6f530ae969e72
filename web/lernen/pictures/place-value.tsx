// A place-value chart (Stellenwerttafel) as a table: one column per place, counters in it. To read:
// the counters are given (more than 9 in a column for bundling tasks). To fill: tap into a column to
// lay a counter, or use its + and − (its count is a spinbutton: arrow keys up and down). The page
// submits the number the counters make.
import { useEffect, useState } from 'preact/hooks';
import { useTranslation } from '../../shared/i18n';
import { Chosen, Stepper } from './controls';
import { grouped, laidNumber, type Place, type PlaceValue } from './picture-answer';

export function PlaceValueView(props: { picture: PlaceValue; isLocked: boolean; onAnswer: (text: string) => void }) {
  const { t } = useTranslation();
  const { places } = props.picture;
  const isFilling = props.picture.mode === 'fill';
  const [counts, setCounts] = useState<number[]>(() =>
    places.map((_, i) => (isFilling ? 0 : (props.picture.tokens?.[i] ?? 0))),
  );
  const hasCounters = counts.some((count) => count > 0);
  const number = laidNumber(places, counts);
  useEffect(() => {
    if (isFilling) props.onAnswer(hasCounters ? number : '');
  }, [number, hasCounters]);

  const setCount = (column: number, count: number) => {
    if (props.isLocked || count < 0 || count > 9) return;
    setCounts(counts.map((old, i) => (i === column ? count : old)));
  };
  const name = (place: Place) => t(`picture.place.${place}`);

  return (
    <div class="picture place-value">
      <table class="place-table">
        <caption class="visually-hidden">{t('picture.place.caption')}</caption>
        <thead>
          <tr>
            {places.map((place) => (
              <th key={place} scope="col">
                <abbr title={name(place)}>{place}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {places.map((place, column) => (
              <td
                key={place}
                class={isFilling && !props.isLocked ? 'counters touchable' : 'counters'}
                onClick={isFilling ? () => setCount(column, counts[column]! + 1) : undefined}
              >
                <Counters count={counts[column]!} label={t('picture.place.counters', { count: counts[column]! })} />
              </td>
            ))}
          </tr>
          {isFilling ? (
            <tr>
              {places.map((place, column) => (
                <td key={place}>
                  <Stepper
                    name={name(place)}
                    value={counts[column]!}
                    min={0}
                    max={9}
                    isLocked={props.isLocked}
                    isVertical
                    onChange={(count) => setCount(column, count)}
                  />
                </td>
              ))}
            </tr>
          ) : null}
        </tbody>
      </table>
      {isFilling ? (
        <Chosen
          text={hasCounters ? t('picture.place.number', { number: grouped(Number(number)) }) : t('picture.place.none')}
        />
      ) : null}
    </div>
  );
}

// Counters in rows of three (five when there are more than nine), like on the table at school.
function Counters(props: { count: number; label: string }) {
  const perRow = props.count > 9 ? 5 : 3;
  const rows = Math.max(3, Math.ceil(props.count / perRow));
  const size = 22;
  return (
    <svg
      viewBox={`0 0 ${perRow * size} ${rows * size}`}
      width={perRow * size}
      height={rows * size}
      role="img"
      aria-label={props.label}
    >
      {Array.from({ length: props.count }, (_, i) => (
        <circle
          key={i}
          class="counter"
          cx={(i % perRow) * size + size / 2}
          cy={Math.floor(i / perRow) * size + size / 2}
          r={size / 2 - 2}
        />
      ))}
    </svg>
  );
}
