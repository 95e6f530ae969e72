// Pieces the touchable pictures share: the width a picture has to draw in, a − count + stepper
// (big buttons for fingers; the count is a spinbutton for the keyboard and screen readers), the
// line under a picture that says what will be submitted, and dragging with pointer events.
import type { RefObject } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useTranslation } from '../../shared/i18n';

// The element's content width in CSS pixels, kept up to date (turning a tablet changes it).
export function useWidth<T extends HTMLElement>(fallback: number): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.max(200, Math.floor(element.clientWidth)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

// Pointer down, then every move while it is down (mouse and touch alike: pointer events). The
// element keeps the pointer while dragging, so a finger may leave it.
export function dragHandlers(onPoint: (event: PointerEvent) => void, isLocked: boolean) {
  if (isLocked) return {};
  return {
    onPointerDown: (event: PointerEvent) => {
      if (event.button !== 0) return;
      (event.currentTarget as Element).setPointerCapture?.(event.pointerId);
      onPoint(event);
    },
    onPointerMove: (event: PointerEvent) => {
      if ((event.currentTarget as Element).hasPointerCapture?.(event.pointerId)) onPoint(event);
    },
    // No scroll or fling gesture from a drag here: a fling still running would swallow the next tap
    // (on "Prüfen").
    onTouchMove: (event: TouchEvent) => event.preventDefault(),
  };
}

export function Stepper(props: {
  name: string;
  value: number;
  min: number;
  max: number;
  isLocked: boolean;
  onChange: (value: number) => void;
  isVertical?: boolean;
  // The name over the stepper, for the eye (the spinbutton names itself to a screen reader).
  isLabelShown?: boolean;
}) {
  const { t } = useTranslation();
  const set = (value: number) => {
    if (!props.isLocked) props.onChange(Math.min(props.max, Math.max(props.min, value)));
  };
  const keys: Record<string, number> = {
    ArrowUp: props.value + 1,
    ArrowRight: props.value + 1,
    ArrowDown: props.value - 1,
    ArrowLeft: props.value - 1,
    Home: props.min,
    End: props.max,
  };
  const stepper = (
    <div class={`stepper${props.isVertical ? ' vertical' : ''}`}>
      <button
        type="button"
        class="button quiet"
        aria-label={t('picture.less', { name: props.name })}
        disabled={props.isLocked || props.value <= props.min}
        onClick={() => set(props.value - 1)}
      >
        −
      </button>
      <span
        class="stepper-count"
        role="spinbutton"
        tabIndex={props.isLocked ? -1 : 0}
        aria-label={props.name}
        aria-valuemin={props.min}
        aria-valuemax={props.max}
        aria-valuenow={props.value}
        aria-readonly={props.isLocked}
        onKeyDown={(event) => {
          const next = keys[event.key];
          if (next === undefined) return;
          event.preventDefault();
          set(next);
        }}
      >
        {props.value}
      </span>
      <button
        type="button"
        class="button quiet"
        aria-label={t('picture.more', { name: props.name })}
        disabled={props.isLocked || props.value >= props.max}
        onClick={() => set(props.value + 1)}
      >
        +
      </button>
    </div>
  );
  if (!props.isLabelShown) return stepper;
  return (
    <div class="stepper-field">
      <span aria-hidden="true">{props.name}</span>
      {stepper}
    </div>
  );
}

// What the pupil's touch will submit, said in words; read out when it changes.
export function Chosen(props: { text: string }) {
  return (
    <p class="picture-chosen" role="status">
      {props.text}
    </p>
  );
}
