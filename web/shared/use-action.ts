// One request at a time per page part: while an action runs, its buttons are disabled (a double tap
// on "add" must not create two batches of accounts, and a click is never silently dropped), and its
// error or confirmation is shown in one place.
import { useRef, useState } from 'preact/hooks';

export function useAction() {
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const running = useRef(false);
  const run =
    (work: () => Promise<unknown>) =>
    async (event?: Event): Promise<void> => {
      event?.preventDefault();
      if (running.current) return;
      running.current = true;
      setBusy(true);
      setError(null);
      setNotice('');
      try {
        await work();
      } catch (err) {
        setError(err);
      } finally {
        running.current = false;
        setBusy(false);
      }
    };
  return { isBusy, error, setError, notice, setNotice, run };
}
