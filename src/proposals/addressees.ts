import type { Core } from "../dispatch/core.ts";
import { isOperator } from "../cases/permissions.ts";
import type { ChatPlatform } from "../chat/chat-platform.ts";
import type { Choice, Language, UserRef } from "../chat/vocabulary.ts";
import { formatUser, parseUser } from "../chat/vocabulary.ts";
import type { AddresseeConfig } from "../config/config-schema.ts";

export interface AddresseeTarget {
  platform: ChatPlatform;
  channel: string;
}

export function findAddressee(core: Core, key: string | null | undefined): AddresseeConfig | undefined {
  return key ? core.config.addressees.find((addressee) => addressee.key === key) : undefined;
}

export function addresseeChoices(core: Core): Choice[] {
  return core.config.addressees.map((addressee) => ({ value: addressee.key, label: addressee.name }));
}

export function addresseeLanguage(core: Core, addressee: AddresseeConfig | undefined): Language {
  return addressee?.language ?? core.config.language;
}

/** The addressee's people and operators answer for it. */
export function mayAnswerFor(core: Core, addressee: AddresseeConfig | undefined, user: UserRef): boolean {
  return (addressee?.people.includes(formatUser(user)) ?? false) || isOperator(core, user);
}

/** The addressee's channel on every connected platform where it has one; the console needs no set-up. */
export function addresseeTargets(core: Core, addressee: AddresseeConfig): AddresseeTarget[] {
  const targets: AddresseeTarget[] = [];
  for (const platform of core.platforms.values()) {
    const where = platform.platform === "console" ? (addressee.console ?? { channel: `#${addressee.key}` }) : addressee[platform.platform];
    if (where) targets.push({ platform, channel: where.channel });
  }
  return targets;
}

/** The addressee's people on connected platforms: reached directly when it has no channel there. */
export function addresseePeople(core: Core, addressee: AddresseeConfig): UserRef[] {
  return addressee.people.map(parseUser).filter((user): user is UserRef => user !== undefined && core.platforms.has(user.platform));
}
