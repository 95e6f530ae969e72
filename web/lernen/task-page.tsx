// One task at a time: the question (with its picture, if any), the answer (keypad, big choice
// buttons, ordering, or touching the picture), feedback at once — right / not quite (with the
// solution, how the answer was read and a hint) / "we cannot read this" (the pupil tries again) —
// then the next task. Active time goes along as activeMs.
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, request, type Answer } from '../shared/api';
import { ActiveTime } from '../shared/active-time';
import { useTranslation } from '../shared/i18n';
import { Link } from '../shared/router';
import { ErrorNote } from '../shared/ui';
import { Keypad } from './keypad';
import { OrderTask, orderAnswer } from './order-task';
import { isTouched, PictureView } from './pictures/picture';
import { pendingSubmit, submitAnswer, type Submitted } from './submit';

type Served = Answer<'POST /attempts'>;
const LETTERS = 'ABCDEFGHIJ';
const draftKey = (attemptId: string) => `schulid.draft.${attemptId}`;

export function TaskPage(props: {
  userId: string;
  topic: string | null;
  templateId: string | null;
  assignmentId: string | null;
}) {
  const { t } = useTranslation();
  const [served, setServed] = useState<Served | null>(null);
  const [typed, setTyped] = useState('');
  const [choice, setChoice] = useState<number | null>(null);
  const [order, setOrder] = useState<number[]>([]);
  // What the touched picture will submit ('' while nothing is touched).
  const [touched, setTouched] = useState('');
  const [result, setResult] = useState<Submitted | null>(null);
  const [isSending, setSending] = useState(false);
  const [isRetrying, setRetrying] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const activeTime = useRef<ActiveTime | null>(null);
  // Active time of earlier, unreadable tries of this attempt: it counts too.
  const spentMs = useRef(0);
  const nextButton = useRef<HTMLButtonElement>(null);
  const prompt = useRef<HTMLParagraphElement>(null);
  const input = useRef<HTMLInputElement>(null);

  async function nextTask() {
    setResult(null);
    setError(null);
    setTyped('');
    setChoice(null);
    setOrder([]);
    setTouched('');
    setServed(null);
    try {
      const body = props.assignmentId
        ? { assignmentId: props.assignmentId }
        : props.templateId
          ? { templateId: props.templateId }
          : props.topic
            ? { topic: props.topic as Served['topic'] }
            : {};
      const next = await request('POST /attempts', { body });
      setServed(next);
      setTyped(localStorage.getItem(draftKey(next.attemptId)) ?? '');
      spentMs.current = 0;
      activeTime.current?.stop();
      activeTime.current = new ActiveTime();
      activeTime.current.start();
    } catch (err) {
      setError(err);
    }
  }

  useEffect(() => {
    // An answer that had not reached the server before the page was closed goes first.
    const pending = pendingSubmit(props.userId);
    if (pending) void submitAnswer(props.userId, pending, setRetrying).catch(() => {});
    void nextTask();
    return () => void activeTime.current?.stop();
  }, [props.topic, props.templateId, props.assignmentId]);

  // Focus where the pupil goes on: the answer (or the question) of a new task, "next" after feedback.
  useEffect(() => {
    if (served?.task.kind === 'number' && !isTouchTask) input.current?.focus();
    else prompt.current?.focus();
  }, [served]);

  const picture = served?.task.representation ?? null;
  const isTouchTask = picture !== null && isTouched(picture);

  function answerText(): string {
    if (!served) return '';
    if (isTouchTask) return touched;
    if (served.task.kind === 'choice') return choice === null ? '' : LETTERS[choice]!;
    if (served.task.kind === 'order') return orderAnswer(order);
    return typed;
  }

  async function check(event?: Event) {
    event?.preventDefault();
    const answer = answerText().trim();
    if (!served || !answer || isSending) return;
    setSending(true);
    setError(null);
    try {
      spentMs.current += activeTime.current?.stop() ?? 0;
      const activeMs = spentMs.current;
      const submitted = await submitAnswer(
        props.userId,
        { attemptId: served.attemptId, answer, activeMs },
        setRetrying,
      );
      setResult(submitted);
      if (submitted.result === 'unreadable') {
        activeTime.current = new ActiveTime();
        activeTime.current.start();
      } else {
        localStorage.removeItem(draftKey(served.attemptId));
        setTimeout(() => nextButton.current?.focus(), 0);
      }
    } catch (err) {
      if (err instanceof ApiError && err.code === 'attempt_expired') {
        setError(new Error(t('task.expired')));
        await nextTask();
      } else setError(err);
    } finally {
      setSending(false);
    }
  }

  function touch(next: string) {
    setTouched(next);
    if (result?.result === 'unreadable') setResult(null);
  }

  function type(next: string) {
    setTyped(next);
    if (result?.result === 'unreadable') setResult(null);
    if (served) localStorage.setItem(draftKey(served.attemptId), next);
  }

  if (!served) return error ? <ErrorNote error={error} /> : <p class="muted">{t('common.loading')}</p>;
  const isClosed = result !== null && result.result !== 'unreadable';
  return (
    <form onSubmit={check} class="card" data-attempt={served.attemptId}>
      <p class="prompt" id="prompt" ref={prompt} tabIndex={-1}>
        {served.task.prompt}
      </p>
      {picture ? (
        <PictureView
          key={served.attemptId}
          picture={picture}
          isLocked={isClosed}
          onAnswer={touch}
          onSubmit={() => void check()}
        />
      ) : null}
      {served.task.kind === 'number' && !isTouchTask ? (
        <>
          <label for="answer">{t('task.answer')}</label>
          <input
            id="answer"
            ref={input}
            class="answer"
            // The on-screen keypad types; the tablet's own keyboard stays closed (a real keyboard still works).
            inputMode="none"
            autocomplete="off"
            aria-describedby="prompt"
            value={typed}
            readOnly={isClosed}
            onInput={(event) => type((event.target as HTMLInputElement).value)}
          />
          {isClosed ? null : (
            <Keypad
              unit={served.task.unit ?? null}
              onKey={(key) => type(typed + key)}
              onDelete={() => type(typed.slice(0, -1))}
            />
          )}
        </>
      ) : null}
      {served.task.kind === 'choice' ? (
        <div class="choices" role="group" aria-label={t('task.choice')}>
          {(served.task.options ?? []).map((option, index) => (
            <button
              type="button"
              key={option}
              class="button quiet"
              aria-pressed={choice === index}
              disabled={isClosed}
              onClick={() => setChoice(index)}
            >
              {option}
            </button>
          ))}
        </div>
      ) : null}
      {served.task.kind === 'order' ? (
        <OrderTask items={served.task.items ?? []} order={order} onChange={isClosed ? () => {} : setOrder} />
      ) : null}
      {isRetrying ? (
        <p class="note info" role="status">
          {t('task.retrying')}
        </p>
      ) : null}
      <ErrorNote error={error} />
      {result ? <Feedback result={result} /> : null}
      <div class="row">
        {isClosed ? (
          <>
            <button type="button" class="button big" ref={nextButton} onClick={() => void nextTask()}>
              {t('task.next')}
            </button>
            <Link class="button quiet" to="/lernen">
              {t('task.done')}
            </Link>
          </>
        ) : (
          <button type="submit" class="button big" disabled={isSending || answerText().trim() === ''}>
            {isSending ? t('task.sending') : t('task.check')}
          </button>
        )}
      </div>
    </form>
  );
}

function Feedback(props: { result: Submitted }) {
  const { t } = useTranslation();
  const { result } = props;
  if (result.result === 'unreadable')
    return (
      <p class="feedback unreadable" role="status">
        {t('task.unreadable')}
      </p>
    );
  return (
    <div class={`feedback ${result.result}`} role="status">
      <p>{result.result === 'correct' ? t('task.correct') : t('task.wrong')}</p>
      {result.result === 'wrong' && result.solution ? <p>{t('task.solution', { solution: result.solution })}</p> : null}
      {result.feedback ? <p>{result.feedback}</p> : null}
      {result.readAs && !result.feedback ? <p class="muted">{t('task.readAs', { answer: result.readAs })}</p> : null}
      {result.unitHint ? (
        <p>
          {result.unitHint.asked
            ? t('task.unitHint', { typed: result.unitHint.typed, asked: result.unitHint.asked })
            : t('task.noUnitHint', { typed: result.unitHint.typed })}
        </p>
      ) : null}
      {result.hint ? <p class="hint">{t('task.hint', { hint: result.hint })}</p> : null}
    </div>
  );
}
