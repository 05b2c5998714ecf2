import { describe, expect, it } from "vitest";
import { enqueue, listOutbox, recordFailure } from "../../src/outbox/outbox-store.ts";
import { openDatabase } from "../../src/storage/database.ts";
import { tempDatabasePath } from "../support/temp-database.ts";
import { runCli } from "./run-cli.ts";

describe("npm run cli -- outbox", () => {
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

    const listed = await runCli(path, ["outbox"]);
    expect(listed.code).toBe(0);
    expect(listed.out).toMatch(/Outbox: 1 wachtend \(oudste \d+ s\), 1 opgegeven\./);
    expect(listed.out).toMatch(new RegExp(`- ${given} direct naar direct:slack:U0ANNA: OPGEGEVEN, 1 pogingen, \\d+ s oud, laatste fout slack_api_error`));
    expect(listed.out).toMatch(new RegExp(`- ${waiting} post naar slack:C0KCC: volgende poging`));
    expect(listed.out).not.toMatch(/kleinzoon/);

    expect((await runCli(path, ["outbox", "retry", String(given)])).out).toMatch(/opnieuw verstuurd/);
    expect((await runCli(path, ["outbox", "drop", String(waiting)])).out).toMatch(/verwijderd/);
    const after = openDatabase(path);
    expect(listOutbox(after).map((entry) => ({ id: entry.id, status: entry.status, attempts: entry.attempts }))).toEqual([
      { id: given, status: "waiting", attempts: 0 },
    ]);
    after.close();

    const wrong = await runCli(path, ["outbox", "drop", "tien"]);
    expect(wrong.code).toBe(2);
    expect((await runCli(path, ["outbox", "drop", "999"])).code).toBe(1);
  }, 60_000);
});
