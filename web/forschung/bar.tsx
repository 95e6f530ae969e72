// One horizontal bar with its figures written out above it (the words carry the meaning; the bar
// and its colour only repeat them, so it is hidden from screen readers), and a line at the limit.
export function Bar(props: { label: string; value: number; max: number; mark: number; isBad: boolean }) {
  const width = (value: number) => `${Math.min(100, (value / props.max) * 100)}%`;
  return (
    <div class="chart-row">
      <p class="chart-label">{props.label}</p>
      <div class="chart-track" aria-hidden="true">
        <div class={props.isBad ? 'chart-fill bad' : 'chart-fill'} style={{ width: width(props.value) }} />
        <div class="chart-mark" style={{ left: width(props.mark) }} />
      </div>
    </div>
  );
}
