import { beforeAll, describe, expect, it } from "vitest";
import { enqueue, listOutbox, recordFailure } from "../../src/outbox/outbox-store.ts";
import { openDatabase } from "../../src/storage/database.ts";
import { ensureBuilt, runBuiltCli } from "../support/built-cli.ts";
import { tempDatabasePath } from "../support/temp-database.ts";

describe("npm run cli -- outbox", () => {
  beforeAll(() => ensureBuilt(), 300_000);

  it("lists what waits and what was given up, without message texts, and retries or drops an item", async () => {
    const path = tempDatabasePath();
    const db = openDatabase(path);
    const now = new Date();
    const message = { text: "Mevrouw met de kleinzoon", blocks: [] };
    const waiting = enqueue(db, { lane: "slack:C0KCC", kind: "post", args: { platform: "slack", conversationId: "C0KCC", message } }, now);
    const given = enqueue(db, { lane: "direct:slack:U0ANNA", kind: "direct", args: { user: "slack:U0ANNA", message } }, now);
    const item = listOutbox(db).find((candidate) => candidate.id === given)!;
    recordFailure(db, item, { code: "slack_api_error" }, now, 1);
    db.close();
    const cli = (...args: string[]) => runBuiltCli(path, ["outbox", ...args]);

    // A malformed and an unknown id change nothing, so they run beside the first listing.
    const [listed, wrong, unknown] = await Promise.all([cli(), cli("drop", "tien"), cli("drop", "999")]);
    expect(listed.code).toBe(0);
    expect(listed.out).toMatch(/Outbox: 1 wachtend \(oudste \d+ s\), 1 opgegeven\./);
    expect(listed.out).toMatch(new RegExp(`- ${given} direct naar direct:slack:U0ANNA: OPGEGEVEN, 1 pogingen, \\d+ s oud, laatste fout slack_api_error`));
    expect(listed.out).toMatch(new RegExp(`- ${waiting} post naar slack:C0KCC: volgende poging`));
    expect(listed.out).not.toMatch(/kleinzoon/);
    expect(wrong.code).toBe(2);
    expect(unknown.code).toBe(1);

    const [retried, dropped] = await Promise.all([cli("retry", String(given)), cli("drop", String(waiting))]);
    expect(retried.out).toMatch(/opnieuw verstuurd/);
    expect(dropped.out).toMatch(/verwijderd/);
    const after = openDatabase(path);
    expect(listOutbox(after).map((entry) => ({ id: entry.id, status: entry.status, attempts: entry.attempts }))).toEqual([
      { id: given, status: "waiting", attempts: 0 },
    ]);
    after.close();
  }, 60_000);
});
