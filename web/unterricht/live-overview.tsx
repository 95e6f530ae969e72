// Pupils × topics, live: each cell says how many tasks and how many right (colour plus text), and
// changes within a second when a pupil submits — on any app instance (server-sent events fed by
// PostgreSQL LISTEN/NOTIFY). After a dropped connection the grid is reloaded, so nothing is missed.
import { useEffect, useState } from 'preact/hooks';
import { request, type Answer } from '../shared/api';
import { useTranslation } from '../shared/i18n';

type Grid = Answer<'GET /classes/:id/overview'>['pupils'];
type Topics = Answer<'GET /topics'>['topics'];

function cellClass(correct: number, attempts: number): string {
  if (attempts === 0) return '';
  const share = correct / attempts;
  return share >= 0.8 ? 'cell-good' : share >= 0.5 ? 'cell-mid' : 'cell-bad';
}

export function LiveOverview(props: { classId: string; topics: Topics; pupilCount: number }) {
  const { t } = useTranslation();
  const [grid, setGrid] = useState<Grid>([]);
  const [isLive, setLive] = useState(false);

  const load = () =>
    void request('GET /classes/:id/overview', { params: { id: props.classId } }).then((answer) =>
      setGrid(answer.pupils),
    );
  // Pupils added or removed on this page: the grid gets their rows.
  useEffect(load, [props.classId, props.pupilCount]);

  useEffect(() => {
    let events: EventSource;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let delay = 2000;
    const connect = () => {
      events = new EventSource(`/api/classes/${props.classId}/live`);
      events.onopen = () => {
        delay = 2000;
        setLive(true);
        load();
      };
      events.onerror = () => {
        setLive(false);
        // The browser gives up on an answer that is not a stream (401 after the session ended,
        // 503 during a deploy): a plain request finds out why (a 401 leads to the login), and the
        // stream is opened again a little later.
        if (events.readyState === EventSource.CLOSED) {
          load();
          retry = setTimeout(connect, delay);
          delay = Math.min(delay * 2, 30_000);
        }
      };
      events.addEventListener('attempt', (event) => {
        const { pupilId, topic, result } = JSON.parse((event as MessageEvent<string>).data) as {
          pupilId: string;
          topic: string;
          result: string;
        };
        setGrid((rows) => {
          // A pupil this grid does not know yet (added elsewhere): load it afresh.
          if (!rows.some((row) => row.pupilId === pupilId)) {
            load();
            return rows;
          }
          return rows.map((row) => {
            if (row.pupilId !== pupilId) return row;
            const known = row.topics.find((cell) => cell.topic === topic) ?? { topic, attempts: 0, correct: 0 };
            const updated = {
              ...known,
              attempts: known.attempts + 1,
              correct: known.correct + (result === 'correct' ? 1 : 0),
            };
            return { ...row, topics: [...row.topics.filter((cell) => cell.topic !== topic), updated] };
          });
        });
      });
    };
    connect();
    return () => {
      clearTimeout(retry);
      events.close();
    };
  }, [props.classId]);

  const shown = props.topics.filter((topic) => grid.some((row) => row.topics.some((cell) => cell.topic === topic.id)));
  return (
    <section aria-labelledby="live-title">
      <h2 id="live-title">
        {t('teacher.overview')}{' '}
        <span class="badge" role="status">
          {isLive ? t('teacher.live') : t('teacher.notLive')}
        </span>
      </h2>
      <div class="scroll" tabIndex={0}>
        <table class="live-grid">
          <thead>
            <tr>
              <th scope="col">{t('teacher.pupil')}</th>
              {shown.map((topic) => (
                <th scope="col" key={topic.id}>
                  {topic.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.map((row) => (
              <tr key={row.pupilId} data-pupil={row.username}>
                <th scope="row">{row.username}</th>
                {shown.map((topic) => {
                  const cell = row.topics.find((entry) => entry.topic === topic.id);
                  return (
                    <td key={topic.id} class={cell ? cellClass(cell.correct, cell.attempts) : ''} data-topic={topic.id}>
                      {cell
                        ? t('teacher.cell', { correct: cell.correct, attempts: cell.attempts })
                        : t('teacher.noAttempts')}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
