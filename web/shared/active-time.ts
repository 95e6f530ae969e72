// Active time on a task, as the teacher would count it: the page is visible and focused, and the
// pupil did something (a tap, a key) within the last minute. Idle stretches longer than that count
// only up to the minute.
const IDLE_AFTER_MS = 60_000;

export class ActiveTime {
  private activeMs = 0;
  private since: number | null = null;
  private lastInput = performance.now();
  private readonly onInput = () => this.input();
  private readonly onChange = () => this.update();

  start(): void {
    for (const type of ['pointerdown', 'keydown', 'input']) document.addEventListener(type, this.onInput, true);
    document.addEventListener('visibilitychange', this.onChange);
    window.addEventListener('focus', this.onChange);
    window.addEventListener('blur', this.onChange);
    this.lastInput = performance.now();
    this.update();
  }

  stop(): number {
    this.pause();
    for (const type of ['pointerdown', 'keydown', 'input']) document.removeEventListener(type, this.onInput, true);
    document.removeEventListener('visibilitychange', this.onChange);
    window.removeEventListener('focus', this.onChange);
    window.removeEventListener('blur', this.onChange);
    return Math.round(this.activeMs);
  }

  private isCounting(): boolean {
    return document.visibilityState === 'visible' && document.hasFocus();
  }

  private input(): void {
    const now = performance.now();
    if (this.since === null && this.isCounting()) this.since = now;
    else if (this.since !== null && now - this.lastInput > IDLE_AFTER_MS) {
      // Back from an idle stretch: it counts up to the idle limit, the rest not.
      this.activeMs += this.lastInput + IDLE_AFTER_MS - this.since;
      this.since = now;
    }
    this.lastInput = now;
  }

  private update(): void {
    if (this.isCounting()) {
      if (this.since === null) this.since = performance.now();
    } else this.pause();
  }

  private pause(): void {
    if (this.since === null) return;
    const end = Math.min(performance.now(), this.lastInput + IDLE_AFTER_MS);
    this.activeMs += Math.max(0, end - this.since);
    this.since = null;
  }
}
