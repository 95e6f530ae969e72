export { countUnread, insertMessage, type MessageKind, type MessageParams } from './messages.repo';
export { messageRoutes } from './messages.routes';
export { messageText } from './messages.service';
