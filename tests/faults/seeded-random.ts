// A tiny seeded PRNG (mulberry32), so that every run of the fuzzer sends the same requests.

export type Random = () => number;

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function integer(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

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
