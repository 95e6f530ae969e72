export { learningRoutes } from './learning.routes';
export { ServedAttempts } from './served-attempts';
export { ATTEMPT_TTL_MS } from './attempts.service';
export { assignToClass, classAssignments, openAssignments } from './assignments.service';
export { TOPICS, TOPIC_IDS, type TopicId } from './topics';
export { LEARNING_PUPIL_DATA } from './pupil-data.repo';
export { AttemptFeed, ATTEMPT_CHANNEL, type ClosedAttempt } from './attempt-feed';
export { parseNumber } from './tasks/answer-parser';
export { formatDecimal, formatFraction, formatMixed } from './tasks/rational';
