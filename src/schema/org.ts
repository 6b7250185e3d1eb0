import { z } from 'zod';
import { id, idList, text } from './common.js';

export const customerNeedSchema = z
  .strictObject({
    id: id('Identifies the need, for a department\'s need.'),
    name: text('The need in the customer\'s words, e.g. "Achieve business outcomes and ROI".'),
    description: text('More detail.').optional(),
  })
  .meta({ title: 'Customer need', description: 'A need of the customer that the organization exists to meet.' });

export const departmentSchema = z
  .strictObject({
    id: id('Identifies the department, for a charter\'s department.'),
    name: text('The department\'s name.'),
    need: id('The one customer need this department is accountable for.').optional(),
    lead: text('Who leads it.').optional(),
    internal: z
      .boolean()
      .meta({ description: 'true when the department serves the other departments rather than the customer directly.' })
      .optional(),
    description: text('More detail.').optional(),
  })
  .meta({ title: 'Department', description: 'A group of functions accountable for one customer need.' });

export const externalTeamSchema = z
  .strictObject({
    id: id('Identifies the team, for a dependency\'s team.'),
    name: text('The team\'s name.'),
    description: text('More detail.').optional(),
  })
  .meta({ title: 'External team', description: 'A team outside this organization that charters may depend on.' });

export const registerRiskSchema = z
  .strictObject({
    id: id('Identifies the risk, for a charter risk\'s ref.'),
    name: text('The risk\'s name.'),
    description: text('What could go wrong.').optional(),
  })
  .meta({ title: 'Register risk', description: 'An organization-wide risk that some function should manage.' });

/** The organization: charters/org.yaml. */
export const orgSchema = z
  .strictObject({
    name: text('The organization\'s name.'),
    definition: text('What customer success means here, in a sentence or two.').optional(),
    executiveSponsor: text('The executive who sponsors the organization, e.g. "Chief Customer Officer".').optional(),
    customerNeeds: z.array(customerNeedSchema).meta({ description: 'The customer needs the organization exists to meet.' }).optional(),
    departments: z.array(departmentSchema).meta({ description: 'The departments, each accountable for one customer need.' }).optional(),
    externalTeams: z.array(externalTeamSchema).meta({ description: 'Teams outside the organization that charters may depend on.' }).optional(),
    implicitProviders: idList('Teams every function relies on without listing them (charter deps --implicit shows these).').optional(),
    risks: z.array(registerRiskSchema).meta({ description: 'The organization-wide risk register.' }).optional(),
  })
  .meta({ title: 'Customer Success organization', description: 'Departments, customer needs, external teams and the risk register.' });

export type Org = z.infer<typeof orgSchema>;
export type Department = z.infer<typeof departmentSchema>;
export type CustomerNeed = z.infer<typeof customerNeedSchema>;
export type ExternalTeam = z.infer<typeof externalTeamSchema>;
export type RegisterRisk = z.infer<typeof registerRiskSchema>;
