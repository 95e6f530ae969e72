// Study keys and pseudonyms.
//   - Every study has its own random 256-bit key, sealed (AES-256-GCM) under a key derived from
//     RESEARCH_MASTER_KEY; only the sealed form is stored, the key itself is never exported, logged
//     or returned by any API. Ending a study deletes the sealed key: the platform can no longer
//     compute its pseudonyms (the exports stay pseudonymised: see docs/research-threat-model.md).
//   - A pseudonym is HMAC-SHA-256(study key, kind + ":" + internal id), its first 80 bits in
//     Crockford base32 with a kind prefix (P-, C-, S-): stable inside a study, different between
//     studies (other key), not reversible without the key. 80 bits: collisions are negligible
//     below billions of ids.
import { createHmac, randomBytes } from 'node:crypto';
import { createSealer, type Sealer } from '../lib/crypto';

export type PseudonymKind = 'pupil' | 'class' | 'school';
const PREFIX: Record<PseudonymKind, string> = { pupil: 'P-', class: 'C-', school: 'S-' };
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export type StudyKeyring = {
  newSealedKey(): string;
  pseudonymizer(sealedKey: string): Pseudonymizer;
  // The secret of the study's perturbation of durations (not the key: HMAC(key, purpose)).
  perturbationSecret(sealedKey: string): string;
};
export type Pseudonymizer = (kind: PseudonymKind, id: string) => string;

export function createStudyKeyring(masterKey: string): StudyKeyring {
  const sealer: Sealer = createSealer(masterKey, 'research-study-key');
  return {
    newSealedKey: () => sealer.seal(randomBytes(32).toString('base64url')),
    pseudonymizer: (sealedKey) => pseudonymizerFor(Buffer.from(sealer.open(sealedKey), 'base64url')),
    perturbationSecret: (sealedKey) =>
      createHmac('sha256', Buffer.from(sealer.open(sealedKey), 'base64url'))
        .update('perturbation')
        .digest('hex'),
  };
}

function pseudonymizerFor(key: Buffer): Pseudonymizer {
  return (kind, id) =>
    PREFIX[kind] + base32(createHmac('sha256', key).update(`${kind}:${id}`).digest().subarray(0, 10));
}

function base32(bytes: Buffer): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}
