// A bar or a circle cut into equal parts. To read: some parts are shaded. To shade: each part is a
// checkbox — tap it (or drag across several: they all take the first part's new state), or Tab to
// it and press Space or Enter. The page submits "shaded/parts".
import { useEffect, useState } from 'preact/hooks';
import { useTranslation } from '../../shared/i18n';
import { Chosen } from './controls';
import { shadedText, type FractionParts } from './picture-answer';

const BAR = { width: 600, height: 110 };
const CIRCLE = { size: 300, radius: 140 };

export function FractionPartsView(props: {
  picture: FractionParts;
  isLocked: boolean;
  onAnswer: (text: string) => void;
}) {
  const { t } = useTranslation();
  const { picture } = props;
  const isShading = picture.mode === 'shade';
  const [shaded, setShaded] = useState<Set<number>>(() => new Set(isShading ? [] : (picture.shaded ?? [])));
  const [focused, setFocused] = useState<number | null>(null);
  // While a finger or the mouse is down: what the parts it passes become.
  const [painting, setPainting] = useState<boolean | null>(null);
  const text = shaded.size === 0 ? '' : shadedText(shaded.size, picture.parts);
  useEffect(() => {
    if (isShading) props.onAnswer(text);
  }, [text]);

  const paint = (index: number, isShaded: boolean) => {
    if (props.isLocked || shaded.has(index) === isShaded) return;
    const next = new Set(shaded);
    if (isShaded) next.add(index);
    else next.delete(index);
    setShaded(next);
  };
  const partAt = (event: PointerEvent) => {
    const element = document.elementFromPoint(event.clientX, event.clientY);
    const index = element?.getAttribute('data-part');
    return index === null || index === undefined ? null : Number(index);
  };
  const shape =
    picture.shape === 'bar'
      ? t('picture.parts.bar', { parts: picture.parts })
      : t('picture.parts.circle', { parts: picture.parts });
  const geometry = picture.shape === 'bar' ? barPart : circlePart;
  const size = picture.shape === 'bar' ? `0 0 ${BAR.width} ${BAR.height}` : `0 0 ${CIRCLE.size} ${CIRCLE.size}`;

  const parts = Array.from({ length: picture.parts }, (_, index) => {
    const isShaded = shaded.has(index);
    const common = { key: index, class: `part${isShaded ? ' shaded' : ''}`, ...geometry(index, picture.parts) };
    if (!isShading) return <path {...common} />;
    return (
      <path
        {...common}
        data-part={index}
        role="checkbox"
        aria-checked={isShaded}
        aria-label={t('picture.parts.part', { index: index + 1, parts: picture.parts })}
        tabIndex={props.isLocked ? -1 : 0}
        // The ring for the keyboard only: a tapped part shows its colour, not a frame.
        onFocus={(event) => setFocused((event.currentTarget as Element).matches(':focus-visible') ? index : null)}
        onBlur={() => setFocused(null)}
        onKeyDown={(event) => {
          if (event.key !== ' ' && event.key !== 'Enter') return;
          event.preventDefault();
          paint(index, !isShaded);
        }}
      />
    );
  });
  const focusRing = focused === null ? null : <path class="part-focus" {...geometry(focused, picture.parts)} />;

  if (!isShading)
    return (
      <div class="picture fraction-parts">
        <svg
          class={`parts-${picture.shape}`}
          viewBox={size}
          role="img"
          aria-label={`${shape} ${t('picture.parts.shadedRead', { count: shaded.size })}`}
        >
          {parts}
        </svg>
      </div>
    );
  return (
    <div class="picture fraction-parts" role="group" aria-label={`${shape} ${t('picture.parts.shadeHelp')}`}>
      <svg
        class={`parts-${picture.shape} touchable`}
        viewBox={size}
        onPointerDown={(event) => {
          const index = partAt(event);
          if (index === null || props.isLocked) return;
          (event.currentTarget as Element).setPointerCapture?.(event.pointerId);
          setPainting(!shaded.has(index));
          paint(index, !shaded.has(index));
        }}
        onPointerMove={(event) => {
          const index = painting === null ? null : partAt(event);
          if (index !== null) paint(index, painting!);
        }}
        onPointerUp={() => setPainting(null)}
        onPointerCancel={() => setPainting(null)}
      >
        {parts}
        {focusRing}
      </svg>
      <Chosen
        text={
          shaded.size === 0
            ? t('picture.parts.none')
            : t('picture.parts.shaded', { count: shaded.size, parts: picture.parts, fraction: text })
        }
      />
    </div>
  );
}

function barPart(index: number, parts: number) {
  const width = (BAR.width - 8) / parts;
  const x = 4 + index * width;
  return { d: `M ${x} 4 h ${width} v ${BAR.height - 8} h ${-width} z` };
}

// A wedge from the top, clockwise (a single part is the whole circle).
function circlePart(index: number, parts: number) {
  const { size, radius } = CIRCLE;
  const centre = size / 2;
  const at = (k: number) => {
    const angle = (2 * Math.PI * k) / parts - Math.PI / 2;
    return `${(centre + radius * Math.cos(angle)).toFixed(2)} ${(centre + radius * Math.sin(angle)).toFixed(2)}`;
  };
  const isLarge = parts === 1 ? 1 : 0;
  return { d: `M ${centre} ${centre} L ${at(index)} A ${radius} ${radius} 0 ${isLarge} 1 ${at(index + 1)} Z` };
}
