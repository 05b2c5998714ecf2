import type { ConnectorClient, TurnContext } from "@microsoft/agents-hosting";

// The three Teams-only reads the bot needs, as plain GETs on the turn's ConnectorClient (so they go
// through our paced transport), called like the SDK's TeamsInfo: with the turn. The SDK keeps them in
// @microsoft/agents-hosting-extensions-teams, deprecated without a published successor and pinned to
// its own SDK version; three GETs do not justify a second copy of the SDK.
// https://learn.microsoft.com/en-us/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference

export interface TeamsAccount {
  id?: string;
  name?: string;
}

export interface MemberPage {
  members: TeamsAccount[];
  continuationToken?: string;
}

export const teamsDirectory = {
  /** The channels of a team (its id is the General channel's): GET /v3/teams/{team}/conversations. */
  async channels(context: TurnContext, teamId: string): Promise<TeamsAccount[]> {
    const response = await clientOf(context).get<{ conversations?: TeamsAccount[] }>(`v3/teams/${encodeURIComponent(teamId)}/conversations`);
    return response.data?.conversations ?? [];
  },

  /** One member of the turn's conversation, with their display name. */
  async member(context: TurnContext, userId: string): Promise<TeamsAccount> {
    const response = await clientOf(context).get<TeamsAccount>(`v3/conversations/${conversationOf(context)}/members/${encodeURIComponent(userId)}`);
    return response.data;
  },

  /** A page of the turn's conversation's members; pass the continuation token on for the next. */
  async memberPage(context: TurnContext, pageSize: number, continuationToken?: string): Promise<MemberPage> {
    const response = await clientOf(context).get<MemberPage>(`v3/conversations/${conversationOf(context)}/pagedmembers`, {
      params: { pageSize: String(pageSize), continuationToken },
    });
    return { members: response.data?.members ?? [], continuationToken: response.data?.continuationToken };
  },
};

function clientOf(context: TurnContext) {
  return context.turnState.get<ConnectorClient>(context.adapter.ConnectorClientKey).httpClient;
}

function conversationOf(context: TurnContext): string {
  return encodeURIComponent(context.activity.conversation?.id ?? "");
}
