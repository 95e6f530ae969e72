export { insertMessage, type MessageKind, type MessageParams } from './messages.repo';
export { inbox, markRead, messageText, unreadCount } from './messages.service';
export { ZMessage, ZMessageId, ZMessageQuery } from './messages.schemas';
export { MESSAGES_PUPIL_DATA } from './pupil-data.repo';
export { MESSAGES_USER_DATA } from './user-data.repo';
