import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Db } from "./database.ts";

/**
 * One random secret per installation, made on first use and kept in the database (so a backup carries
 * it). It keys the hashes of dedupe keys, which would otherwise hold user ids, and signs form state
 * that travels through a platform's client.
 */
export function installSecret(db: Db): Buffer {
  const cached = secrets.get(db);
  if (cached) return cached;
  db.prepare("INSERT OR IGNORE INTO install_secrets (name, value) VALUES ('main', ?)").run(randomBytes(32).toString("base64"));
  const value = Buffer.from(db.prepare("SELECT value FROM install_secrets WHERE name = 'main'").pluck().get() as string, "base64");
  secrets.set(db, value);
  return value;
}

const secrets = new WeakMap<Db, Buffer>();

/** A keyed hash: equal inputs give equal outputs, but nobody without the secret can test a guess. */
export function keyedHash(db: Db, text: string): string {
  return createHmac("sha256", installSecret(db)).update(text).digest("base64url").slice(0, 32);
}

/** Signs a value so that it can travel through a client and be trusted when it comes back. */
export function sign(db: Db, value: string): string {
  return `${value}.${keyedHash(db, `signed:${value}`)}`;
}

/** The value of a signed string, or undefined when it was altered. */
export function verify(db: Db, signed: string): string | undefined {
  const dot = signed.lastIndexOf(".");
  if (dot < 0) return undefined;
  const value = signed.slice(0, dot);
  const expected = Buffer.from(keyedHash(db, `signed:${value}`));
  const given = Buffer.from(signed.slice(dot + 1));
  return expected.length === given.length && timingSafeEqual(expected, given) ? value : undefined;
}
