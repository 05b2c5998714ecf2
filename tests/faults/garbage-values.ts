// Values that break parsers, drawn from a seeded generator so that every run sends the same requests.
import { integer, pick, type Random } from "../support/seeded-random.ts";

const STRINGS = ["", " ", "null", "undefined", "0", "-1", "1e309", "NaN", "G-2026-0001", "<script>alert(1)</script>", "' OR 1=1 --", "\u0000", "\ud800", "🙂", "%00", "../../etc/passwd", "{\"c\":"];

/** A value of any JSON type, from the kinds that break parsers: empty, huge, odd characters, nested. */
export function garbageValue(random: Random, depth = 0): unknown {
  switch (integer(random, 0, depth > 2 ? 6 : 8)) {
    case 0:
      return null;
    case 1:
      return pick(random, [0, -1, 1.5, 2 ** 53, -(2 ** 31), 1e308]);
    case 2:
      return random() < 0.5;
    case 3:
      return pick(random, STRINGS);
    case 4:
      return "x".repeat(integer(random, 1, 5) * 10_000);
    case 5:
      return Array.from({ length: integer(random, 1, 40) }, () => String.fromCharCode(integer(random, 0, 0xffff))).join("");
    case 6:
      return String(integer(random, 0, 10_000));
    case 7:
      return Array.from({ length: integer(random, 0, 3) }, () => garbageValue(random, depth + 1));
    default:
      return Object.fromEntries(Array.from({ length: integer(random, 0, 3) }, (_, index) => [pick(random, ["type", "id", "value", "user", `k${index}`]), garbageValue(random, depth + 1)]));
  }
}

/** A copy of `value` with one to three of its fields (at any depth) replaced by garbage or removed. */
export function mutate<T>(random: Random, value: T): T {
  const copy = structuredClone(value) as unknown;
  for (let change = integer(random, 1, 3); change > 0; change--) {
    let node = copy as Record<string, unknown>;
    for (;;) {
      const keys = Object.keys(node);
      if (keys.length === 0) break;
      const key = pick(random, keys);
      const child = node[key];
      if (child && typeof child === "object" && random() < 0.6) {
        node = child as Record<string, unknown>;
        continue;
      }
      if (random() < 0.2) delete node[key];
      else node[key] = garbageValue(random);
      break;
    }
  }
  return copy as T;
}

/** JSON nested `depth` levels deep: [[[…]]]. */
export function deeplyNested(depth: number): string {
  return `${"[".repeat(depth)}${"]".repeat(depth)}`;
}
