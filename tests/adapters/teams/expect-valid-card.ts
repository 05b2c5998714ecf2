import { AdaptiveCard, SerializationContext, ValidationEvent } from "adaptivecards";
import { expect } from "vitest";

/**
 * Parses a card with the Adaptive Cards SDK (it needs no DOM for parsing) and returns every problem it
 * reports: unknown elements or actions, invalid property values, duplicate ids, missing required parts.
 */
export function cardProblems(json: unknown): string[] {
  const card = new AdaptiveCard();
  const context = new SerializationContext();
  card.parse(json, context);
  const problems: string[] = [];
  for (let index = 0; index < context.eventCount; index++) {
    const event = context.getEventAt(index);
    problems.push(`${ValidationEvent[event.event]}: ${event.message}`);
  }
  for (const event of card.validateProperties().validationEvents) problems.push(`${ValidationEvent[event.event]}: ${event.message}`);
  return problems;
}

export function expectValidCard(json: unknown): void {
  expect(cardProblems(json), JSON.stringify(json).slice(0, 400)).toEqual([]);
}
