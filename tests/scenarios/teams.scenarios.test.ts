import { describeScenarios } from "./scenario-suite.ts";
import { describeTeamScenarios } from "./team-scenarios.ts";
import { createTeamsDriver } from "./teams-driver.ts";

describeScenarios("Microsoft Teams", createTeamsDriver);
describeTeamScenarios("Microsoft Teams", createTeamsDriver);
