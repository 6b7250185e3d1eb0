import { z } from 'zod';
import { functionKind } from './charter.js';
import { id, idList, text } from './common.js';

/** One leader of the reporting line. */
export const leaderSchema = z
  .strictObject({
    id: id('Identifies the leader, for a reportsTo, a department\'s lead, a charter\'s owner and executiveSponsor.').meta({ title: 'Leader id' }),
    title: text('The leader\'s role, e.g. "VP of Customer Success".').meta({ title: 'Title' }),
    name: text('The person, if you want it on the org chart.').meta({ title: 'Name' }).optional(),
    reportsTo: id('The id of the leader this one reports to; the leader at the top has none.').meta({ title: 'Reports to' }).optional(),
  })
  .meta({ title: 'Leader', description: 'A leader in the reporting line.' });

/** A product that needs exactly one function as its DRI. */
export const productSchema = z
  .strictObject({
    id: id('Identifies the product, for a charter\'s products.').meta({ title: 'Product id' }),
    name: text('The product\'s name, e.g. "Analytics Cloud".').meta({ title: 'Product name' }),
    description: text('More detail on the product.').meta({ title: 'Description' }).optional(),
  })
  .meta({ title: 'Product', description: 'A product; exactly one function should be its DRI (directly responsible).' });

export const customerNeedSchema = z
  .strictObject({
    id: id('Identifies the need, for a department\'s need.').meta({ title: 'Need id' }),
    name: text('The need in the customer\'s words, e.g. "Achieve business outcomes and ROI".').meta({ title: 'Need' }),
    description: text('More detail on the need.').meta({ title: 'Description' }).optional(),
  })
  .meta({ title: 'Customer need', description: 'A need of the customer that the organization exists to meet.' });

export const departmentSchema = z
  .strictObject({
    id: id('Identifies the department, for a charter\'s department.').meta({ title: 'Department id' }),
    name: text('The department\'s name, e.g. "Client Outcomes".').meta({ title: 'Department name' }),
    need: id('The id of the one customer need (customerNeeds) this department is accountable for.').meta({ title: 'Customer need' }).optional(),
    parent: id('The id of the department this one is part of; departments nest.').meta({ title: 'Parent department' }).optional(),
    lead: text(
      'Who leads the department: once leaders are declared, a leader id (e.g. vp-cs); before that, free text such as "VP of Client Outcomes".',
    )
      .meta({ title: 'Lead' })
      .optional(),
    internal: z
      .boolean()
      .meta({
        title: 'Internal',
        description: 'true when the department serves the other departments rather than the customer directly (it then names no customer need).',
      })
      .optional(),
    description: text('More detail on the department.').meta({ title: 'Description' }).optional(),
  })
  .meta({ title: 'Department', description: 'A group of functions accountable for one customer need.' });

export const externalTeamSchema = z
  .strictObject({
    id: id('Identifies the team, for a dependency\'s team.').meta({ title: 'Team id' }),
    name: text('The team\'s name, e.g. "Product".').meta({ title: 'Team name' }),
    kind: functionKind('What the team does for this organization; kind: operations marks a central team that serves as CS Operations.').optional(),
    description: text('More detail on the team.').meta({ title: 'Description' }).optional(),
  })
  .meta({ title: 'External team', description: 'A team outside this organization that charters may depend on.' });

export const registerRiskSchema = z
  .strictObject({
    id: id('Identifies the risk, for a charter risk\'s ref.').meta({ title: 'Risk id' }),
    name: text('The risk\'s name, e.g. "Renewal risk".').meta({ title: 'Risk name' }),
    description: text('What could go wrong.').meta({ title: 'Description' }).optional(),
  })
  .meta({ title: 'Register risk', description: 'An organization-wide risk that some function should manage.' });

/** The organization: charters/org.yaml. */
export const orgSchema = z
  .strictObject({
    name: text('The organization\'s name, e.g. "Acme Customer Success".').meta({ title: 'Organization name' }),
    definition: text('What customer success means here, in a sentence or two.').meta({ title: 'Definition' }).optional(),
    executiveSponsor: text(
      'The executive who sponsors the organization: once leaders are declared, a leader id (e.g. cco); before that, free text such as "Chief Customer Officer".',
    )
      .meta({ title: 'Executive sponsor' })
      .optional(),
    leaders: z
      .array(leaderSchema)
      .meta({ title: 'Leaders', description: 'The reporting line: each leader with the leader they report to; one leader at the top reports to no one.' })
      .optional(),
    products: z
      .array(productSchema)
      .meta({ title: 'Products', description: 'Products that need exactly one DRI function each; a charter claims one with products: [id].' })
      .optional(),
    customerNeeds: z
      .array(customerNeedSchema)
      .meta({ title: 'Customer needs', description: 'The needs of the customer the organization exists to meet.' })
      .optional(),
    departments: z
      .array(departmentSchema)
      .meta({ title: 'Departments', description: 'The departments, each accountable for one customer need (or internal).' })
      .optional(),
    externalTeams: z
      .array(externalTeamSchema)
      .meta({ title: 'External teams', description: 'Teams outside the organization that charters may depend on, e.g. Product or Sales.' })
      .optional(),
    implicitProviders: idList(
      'Ids of teams every function relies on without listing them, e.g. [cs-operations]; charter deps --implicit shows these.',
    )
      .meta({ title: 'Implicit providers' })
      .optional(),
    outcomes: z
      .array(text('An outcome, e.g. "renewal".'))
      .min(1)
      .meta({
        title: 'Outcomes',
        description:
          'The only outcomes operating metrics may predict here, e.g. [renewal, expansion, new-business, efficiency]. Without it outcomes are free words, and one a letter or two from a known outcome is a warning.',
      })
      .optional(),
    risks: z
      .array(registerRiskSchema)
      .meta({ title: 'Risk register', description: 'The organization-wide risk register; charter risks point here with ref.' })
      .optional(),
  })
  .meta({ title: 'Customer Success organization', description: 'Departments, customer needs, external teams and the risk register.' });

export type Org = z.infer<typeof orgSchema>;
export type Department = z.infer<typeof departmentSchema>;
export type CustomerNeed = z.infer<typeof customerNeedSchema>;
export type ExternalTeam = z.infer<typeof externalTeamSchema>;
export type RegisterRisk = z.infer<typeof registerRiskSchema>;
export type Leader = z.infer<typeof leaderSchema>;
export type Product = z.infer<typeof productSchema>;
