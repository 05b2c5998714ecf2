import { z } from "zod";
import { validate as isValidCron } from "node-cron";
import { parseUser } from "../chat/vocabulary.ts";

// 500 teams share a handful of schedules and one time zone: each distinct value is checked once.
const cronValidity = new Map<string, boolean>();
const cron = z.string().refine((value) => remembered(cronValidity, value, isValidCron), {
  message: "is geen geldige cron-uitdrukking (bijvoorbeeld \"0 9 * * 1\")",
});

const timezoneValidity = new Map<string, boolean>();
const timezone = z.string().refine((value) => remembered(timezoneValidity, value, isKnownTimezone), { message: "is geen bekende IANA-tijdzone" });

const userKey = z.string().refine((value) => parseUser(value) !== undefined, {
  message: "moet de vorm platform:id hebben, bijvoorbeeld slack:U0123LEAD",
});

const channels = z.object({
  channel: z.string().min(1),
  triageChannel: z.string().min(1).optional(),
});

/**
 * Who receives proposals and escalations beyond a team (beleid, MT, juristen, another department): a
 * channel per platform (the console needs none: "#key") and the people who may answer for it.
 */
const addressee = z.object({
  key: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "alleen kleine letters, cijfers en streepjes"),
  name: z.string().min(1),
  language: z.enum(["nl", "en"]).optional(),
  slack: z.object({ channel: z.string().min(1) }).optional(),
  msteams: z.object({ channel: z.string().min(1) }).optional(),
  console: z.object({ channel: z.string().min(1) }).optional(),
  people: z.array(userKey).default([]),
});

const team = z.object({
  key: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "alleen kleine letters, cijfers en streepjes"),
  name: z.string().min(1),
  language: z.enum(["nl", "en"]).optional(),
  slack: channels.optional(),
  msteams: channels.optional(),
  console: channels.optional(),
  leads: z.array(userKey).default([]),
  reflection: z
    .object({
      schedule: cron,
      themes: z.array(z.string().min(1)).min(1),
      visibility: z.enum(["team", "private"]).default("team"),
      openDays: z.number().int().min(1).max(28).default(6),
      /** The change the team is in now, named in veranderbereidheid prompts (drawn only when set). */
      change: z.string().trim().min(3).max(120).optional(),
      /** When the team's leads get a teamleider prompt privately (default: the first Tuesday of the month). */
      leadSchedule: cron.default("0 10 1-7 * 2"),
    })
    .optional(),
  digest: z.object({ schedule: cron }).optional(),
});

export const configSchema = z
  .object({
    timezone: timezone.default("Europe/Amsterdam"),
    language: z.enum(["nl", "en"]).default("nl"),
    operators: z.array(userKey).default([]),
    schedule: z
      .object({
        /** A slot missed while the bot was down is still posted within this many minutes. */
        graceMinutes: z.number().int().min(0).max(24 * 60).default(120),
        skipPublicHolidays: z.boolean().default(true),
      })
      .prefault({}),
    cases: z
      .object({
        nudgeAfterWorkingDays: z.number().int().min(1).max(60).default(5),
        /** Weeks after a decision when its owner and submitter are asked whether it helped (terugblik). */
        lookbackWeeks: z.number().int().min(1).max(52).default(6),
      })
      .prefault({}),
    /** How long each kind of data is kept, in days; unset keeps it until erased. Enforced daily. */
    retention: z
      .object({
        answersDays: z.number().int().min(1).optional(),
        logbookDays: z.number().int().min(1).optional(),
        closedCasesDays: z.number().int().min(1).optional(),
        auditDays: z.number().int().min(1).optional(),
        /** Stored conversation references (Teams; with display names) not used for this long; team channels stay. */
        conversationsDays: z.number().int().min(1).default(180),
      })
      .prefault({}),
    /** Microsoft Teams as a whole: the tenants whose activities are served (unset: any tenant). */
    msteams: z.object({ allowedTenants: z.array(z.string().min(1)).min(1).optional() }).optional(),
    /** An organisation-wide digest for an MT channel, aggregating all teams. */
    organisation: z
      .object({
        name: z.string().min(1),
        slack: z.object({ channel: z.string().min(1) }).optional(),
        msteams: z.object({ channel: z.string().min(1) }).optional(),
        console: z.object({ channel: z.string().min(1) }).optional(),
        digest: z.object({ schedule: cron }),
        /** MT prompts in the organisation channel (default: the second Tuesday of the month). */
        reflection: z.object({ schedule: cron.default("0 10 8-14 * 2") }).prefault({}),
        /** The quarterly poster of the quarter just ended, as a file in the organisation channel. */
        report: z.object({ schedule: cron }).optional(),
      })
      .optional(),
    /**
     * Where people can turn when a prompt touches on safety: a name, a channel or a way to reach the
     * vertrouwenspersoon, shown with such prompts and on the home page.
     */
    care: z.object({ vertrouwenspersoon: z.string().trim().min(3).max(200) }).optional(),
    teams: z.array(team).min(1, "noem minstens één team"),
    addressees: z.array(addressee).default([]),
  })
  .superRefine((config, context) => {
    for (const list of ["teams", "addressees"] as const) {
      const seen = new Set<string>();
      config[list].forEach((entry, index) => {
        if (seen.has(entry.key)) {
          context.addIssue({ code: "custom", path: [list, index, "key"], message: `"${entry.key}" komt vaker voor` });
        }
        seen.add(entry.key);
      });
    }
  });

export type Config = z.infer<typeof configSchema>;
export type TeamConfig = Config["teams"][number];
export type AddresseeConfig = Config["addressees"][number];

function remembered(answers: Map<string, boolean>, value: string, check: (value: string) => boolean): boolean {
  let answer = answers.get(value);
  if (answer === undefined) answers.set(value, (answer = check(value)));
  return answer;
}

function isKnownTimezone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
