// Navigation inside one audience's app without reloading: the path (and query) is the state.
import { useEffect, useState } from 'preact/hooks';

const listeners = new Set<() => void>();
window.addEventListener('popstate', () => listeners.forEach((listener) => listener()));

export function navigate(to: string): void {
  history.pushState(null, '', to);
  listeners.forEach((listener) => listener());
  document.getElementById('main')?.focus();
}

export function useLocation(): { path: string; query: URLSearchParams } {
  const [, setTick] = useState(0);
  useEffect(() => {
    const listener = () => setTick((tick) => tick + 1);
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, []);
  return { path: location.pathname.replace(/\/+$/, ''), query: new URLSearchParams(location.search) };
}

export function Link(props: { to: string; class?: string; children: preact.ComponentChildren }) {
  return (
    <a
      href={props.to}
      class={props.class}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey) return;
        // Another audience's app (another bundle): a real page load.
        const app = `/${location.pathname.split('/')[1]}`;
        if (props.to !== app && !props.to.startsWith(`${app}/`)) return;
        event.preventDefault();
        navigate(props.to);
      }}
    >
      {props.children}
    </a>
  );
}
