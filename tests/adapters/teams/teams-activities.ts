import { BOT, CHANNELS, PEOPLE, TEAM_ID, TENANT, type PersonName } from "./teams-harness.ts";

// Activities shaped like the ones Teams sends (see tests/fixtures/teams/ for recorded examples).

let counter = 0;
export function nextActivityId(prefix = "1"): string {
  counter += 1;
  return `${prefix}${String(Date.now()).slice(-6)}${String(counter).padStart(5, "0")}`;
}

export function personalConversationOf(person: PersonName): string {
  return `a:personal:${PEOPLE[person].id}`;
}

function base(person: PersonName) {
  return { channelId: "msteams", from: { ...PEOPLE[person], aadObjectId: `aad-${person}` }, recipient: BOT, locale: "nl-NL" };
}

function channelData(channel: string) {
  return { tenant: { id: TENANT }, team: { id: TEAM_ID, name: "Klantcontactcentrum" }, channel: { id: channel }, teamsChannelId: channel, teamsTeamId: TEAM_ID };
}

export function channelConversation(conversationId: string) {
  return { id: conversationId, conversationType: "channel", isGroup: true, tenantId: TENANT };
}

export function personalConversation(person: PersonName) {
  return { id: personalConversationOf(person), conversationType: "personal", tenantId: TENANT };
}

/** The two activities Teams sends when the app is added to a team (in its General channel). */
export function teamInstall(person: PersonName, channel = CHANNELS.team): Record<string, unknown>[] {
  const common = { ...base(person), conversation: channelConversation(channel), channelData: channelData(channel) };
  return [
    { ...common, type: "conversationUpdate", id: nextActivityId("f:"), membersAdded: [{ id: BOT.id }], channelData: { ...channelData(channel), eventType: "teamMemberAdded" } },
    { ...common, type: "installationUpdate", id: nextActivityId("f:"), action: "add" },
  ];
}

export function personalInstall(person: PersonName): Record<string, unknown>[] {
  const common = { ...base(person), conversation: personalConversation(person), channelData: { tenant: { id: TENANT } } };
  return [
    { ...common, type: "conversationUpdate", id: nextActivityId("f:"), membersAdded: [{ id: PEOPLE[person].id }, { id: BOT.id }] },
    { ...common, type: "installationUpdate", id: nextActivityId("f:"), action: "add" },
  ];
}

/** "@bedoeling-bot casus …" as a new post in a channel (Teams gives it its own thread). */
export function channelMention(person: PersonName, channel: string, text: string, id = nextActivityId()): Record<string, unknown> {
  const mention = `<at>${BOT.name}</at>`;
  return {
    ...base(person),
    type: "message",
    id,
    text: `${mention} ${text}`.trim(),
    textFormat: "plain",
    conversation: channelConversation(`${channel};messageid=${id}`),
    channelData: channelData(channel),
    entities: [{ type: "mention", text: mention, mentioned: BOT }],
  };
}

export function personalMessage(person: PersonName, text: string, id = nextActivityId()): Record<string, unknown> {
  return { ...base(person), type: "message", id, text, conversation: personalConversation(person), channelData: { tenant: { id: TENANT } } };
}

/** A message in a group chat the bot was added to (no team, no threads). */
export function groupChatMessage(person: PersonName, chatId: string, text: string, id = nextActivityId()): Record<string, unknown> {
  const mention = `<at>${BOT.name}</at>`;
  return {
    ...base(person),
    type: "message",
    id,
    text: `${mention} ${text}`,
    conversation: { id: chatId, conversationType: "groupChat", isGroup: true, tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
    entities: [{ type: "mention", text: mention, mentioned: BOT }],
  };
}

/** A press on a card button that opens a dialog; `conversationId` is as Teams sends it (with ;messageid=). */
export function taskFetch(person: PersonName, conversationId: string, cardId: string, data: unknown): Record<string, unknown> {
  return invoke(person, conversationId, "task/fetch", { data, context: { theme: "default" } }, cardId);
}

/** The dialog's submit: Teams sends no replyToId here. */
export function taskSubmit(person: PersonName, conversationId: string, data: unknown): Record<string, unknown> {
  return invoke(person, conversationId, "task/submit", { data, context: { theme: "default" } });
}

function invoke(person: PersonName, conversationId: string, name: string, value: unknown, replyToId?: string): Record<string, unknown> {
  const isChannel = conversationId.includes("@thread");
  const channel = conversationId.split(";")[0]!;
  return {
    ...base(person),
    type: "invoke",
    name,
    id: nextActivityId("f:"),
    value,
    conversation: isChannel ? channelConversation(conversationId) : personalConversation(person),
    channelData: isChannel ? channelData(channel) : { tenant: { id: TENANT } },
    ...(replyToId ? { replyToId } : {}),
  };
}
