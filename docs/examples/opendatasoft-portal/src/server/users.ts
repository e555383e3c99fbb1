import { createHash, timingSafeEqual } from 'node:crypto';

interface User {
  readonly username: string;
  readonly passwordHash: Buffer;
  readonly sessionKey: string;
}

const hash = (password: string): Buffer => createHash('sha256').update(password).digest();

const USERS: readonly User[] = [{ username: 'editor', passwordHash: hash('correct horse'), sessionKey: 'k3n9x2' }];

/** The user with these credentials, or undefined. */
export function findUser(username: string, password: string): User | undefined {
  const user = USERS.find((candidate) => candidate.username === username);
  return user && timingSafeEqual(user.passwordHash, hash(password)) ? user : undefined;
}
