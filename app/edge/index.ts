export { requireJsonBody } from './json-only';
export { noStore } from './no-store';
export { requireSameOrigin } from './same-origin';
export { firstUnstorableField, isStorableText, rejectUnstorableText } from './storable-text';
