export { insertMessage, type MessageKind, type MessageParams } from './messages.repo';
export { inbox, markRead, messageText, unreadCount } from './messages.service';
export { ZMessage, ZMessageId, ZMessageQuery } from './messages.schemas';
