// Reads the repository's Dockerfile into stages and instructions, so that the deploy tests perform the
// steps it names instead of keeping a copy of them. Only the forms our Dockerfile uses are understood;
// anything else is an error, so a change to the Dockerfile cannot slip past the tests unread.

export interface Instruction {
  keyword: string;
  /** Everything after the keyword, continuation lines joined. */
  text: string;
}

export interface Stage {
  image: string;
  name?: string;
  instructions: Instruction[];
}

export interface Copy {
  from?: string;
  sources: string[];
  destination: string;
}

export function parseDockerfile(content: string): Stage[] {
  const stages: Stage[] = [];
  for (const { keyword, text } of joinInstructions(content)) {
    if (keyword === "FROM") {
      const match = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(text);
      if (!match) throw new Error(`FROM not understood: ${text}`);
      stages.push({ image: match[1]!, name: match[2], instructions: [] });
      continue;
    }
    const stage = stages.at(-1);
    if (!stage) throw new Error(`${keyword} before the first FROM`);
    stage.instructions.push({ keyword, text });
  }
  return stages;
}

function joinInstructions(content: string): Instruction[] {
  const instructions: Instruction[] = [];
  let pending = "";
  for (const raw of content.split("\n")) {
    const line = raw.trim();
    if (line.startsWith("#") || (line === "" && pending === "")) continue;
    if (line.endsWith("\\")) {
      pending += `${line.slice(0, -1).trim()} `;
      continue;
    }
    const whole = `${pending}${line}`.trim();
    pending = "";
    if (whole === "") continue;
    const [keyword] = whole.split(/\s+/);
    instructions.push({ keyword: keyword!.toUpperCase(), text: whole.slice(keyword!.length).trim() });
  }
  return instructions;
}

/** `ENV A=1 B=2` (values without spaces, optionally in double quotes). */
export function parseEnv(text: string): Record<string, string> {
  const pairs: Record<string, string> = {};
  for (const match of text.matchAll(/(\w+)=("([^"]*)"|\S*)/g)) pairs[match[1]!] = match[3] ?? match[2]!;
  if (Object.keys(pairs).length === 0) throw new Error(`ENV not understood (use KEY=value): ${text}`);
  return pairs;
}

/** `COPY [--from=stage] source... destination` (the shell form; --chown and JSON forms are not used). */
export function parseCopy(text: string): Copy {
  const words = text.split(/\s+/);
  let from: string | undefined;
  while (words[0]?.startsWith("--")) {
    const flag = words.shift()!;
    const match = /^--from=(\S+)$/.exec(flag);
    if (!match) throw new Error(`COPY flag not understood: ${flag}`);
    from = match[1];
  }
  if (words.length < 2) throw new Error(`COPY needs a source and a destination: ${text}`);
  return { from, sources: words.slice(0, -1), destination: words.at(-1)! };
}

/** An exec-form command (`["node", "x.js"]`); the shell form is refused because no shell runs it in our image's CMD. */
export function parseExecForm(text: string): string[] {
  const parsed: unknown = JSON.parse(text);
  if (!Array.isArray(parsed) || !parsed.every((part) => typeof part === "string")) throw new Error(`not an exec-form command: ${text}`);
  return parsed;
}

/** `HEALTHCHECK [--option=value ...] CMD [...]`. */
export function parseHealthcheck(text: string): { options: Record<string, string>; command: string[] } {
  const match = /^((?:--[\w-]+=\S+\s+)*)CMD\s+(\[.*\])$/.exec(text);
  if (!match) throw new Error(`HEALTHCHECK not understood (use the exec form after CMD): ${text}`);
  const options = Object.fromEntries([...match[1]!.matchAll(/--([\w-]+)=(\S+)/g)].map((option) => [option[1]!, option[2]!]));
  return { options, command: parseExecForm(match[2]!) };
}

export function instructionsOf(stage: Stage, keyword: string): string[] {
  return stage.instructions.filter((instruction) => instruction.keyword === keyword).map((instruction) => instruction.text);
}

/** The last value of a keyword in a stage (WORKDIR, USER, CMD: the last one counts). */
export function lastOf(stage: Stage, keyword: string): string {
  const value = instructionsOf(stage, keyword).at(-1);
  if (value === undefined) throw new Error(`the ${stage.name ?? stage.image} stage has no ${keyword}`);
  return value;
}
