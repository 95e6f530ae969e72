export { requireJsonBody } from './json-only';
export { noStore } from './no-store';
export { requireSameOrigin } from './same-origin';
export { rejectUnstorableText } from './storable-text';
