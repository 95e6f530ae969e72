// Picking people or schools by name out of a long list: a search field, the matches as checkboxes
// (the first few only: type more to narrow), and what is picked so far, said in words.
import { useState } from 'preact/hooks';
import { useTranslation } from '../shared/i18n';

export type Option = { id: string; label: string };
const SHOWN = 8;

export function NamePicker(props: {
  id: string;
  legend: string;
  options: Option[];
  picked: string[];
  onChange: (picked: string[]) => void;
}) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const matches = props.options.filter(
    (option) => props.picked.includes(option.id) || option.label.toLowerCase().includes(needle),
  );
  const shown = matches.slice(0, Math.max(SHOWN, props.picked.length));
  const toggle = (id: string, isOn: boolean) =>
    props.onChange(isOn ? [...props.picked, id] : props.picked.filter((picked) => picked !== id));
  const pickedNames = props.options.filter((o) => props.picked.includes(o.id)).map((o) => o.label);
  return (
    <fieldset class="picker">
      <legend>{props.legend}</legend>
      <label for={`${props.id}-filter`}>{t('forschung.filter', { what: props.legend })}</label>
      <input
        id={`${props.id}-filter`}
        type="search"
        autocomplete="off"
        value={filter}
        onInput={(e) => setFilter(e.currentTarget.value)}
      />
      <p class="muted" aria-live="polite">
        {pickedNames.length ? t('forschung.picked', { names: pickedNames.join(', ') }) : t('forschung.pickedNone')}
      </p>
      {shown.length === 0 ? <p class="muted">{t('forschung.noMatch')}</p> : null}
      <ul class="plain">
        {shown.map((option) => (
          <li key={option.id}>
            <label class="check">
              <input
                type="checkbox"
                checked={props.picked.includes(option.id)}
                onChange={(e) => toggle(option.id, e.currentTarget.checked)}
              />{' '}
              {option.label}
            </label>
          </li>
        ))}
      </ul>
      {matches.length > shown.length ? (
        <p class="muted">{t('forschung.moreMatches', { count: matches.length - shown.length })}</p>
      ) : null}
    </fieldset>
  );
}
