import { describe, expect, it } from 'vitest';
import { inheritanceView, type InheritanceGraph } from './inheritance-view';

const role = (id: string) => ({ id, name: id[0]!.toUpperCase() + id.slice(1), isSystem: false });
const link = (childId: string, parentId: string, inheritedPermissionsCount: number) => ({ childId, parentId, inheritedPermissionsCount });

describe('inheritanceView', () => {
  it('tells ancestors from descendants and reads each link as a sentence', () => {
    const graph: InheritanceGraph = {
      roles: ['lead', 'middle', 'auditor', 'base', 'trainee'].map(role),
      links: [link('lead', 'middle', 3), link('lead', 'auditor', 1), link('middle', 'base', 3), link('trainee', 'lead', 5)],
    };
    const view = inheritanceView(graph, 'lead');
    expect(view.roles.map((r) => [r.name, r.kinship])).toEqual([
      ['Lead', 'self'],
      ['Middle', 'ancestor'],
      ['Auditor', 'ancestor'],
      ['Base', 'ancestor'],
      ['Trainee', 'descendant'],
    ]);
    expect(view.links.map((l) => l.sentence)).toEqual([
      'Lead inherits from Middle (3 permissions)',
      'Lead inherits from Auditor (1 permission)',
      'Middle inherits from Base (3 permissions)',
      'Trainee inherits from Lead (5 permissions)',
    ]);
    expect(view.summary).toBe('Lead inherits from 3 roles, and 1 role inherits from it.');
  });

  it('says so when nothing is linked', () => {
    expect(inheritanceView({ roles: [role('alone')], links: [] }, 'alone')).toEqual({
      roles: [{ id: 'alone', name: 'Alone', isSystem: false, kinship: 'self' }],
      links: [],
      summary: 'Alone inherits from no role, and no role inherits from it.',
    });
    expect(inheritanceView({ roles: ['base', 'a', 'b'].map(role), links: [link('a', 'base', 2), link('b', 'base', 2)] }, 'base').summary).toBe(
      'Base inherits from no role, and 2 roles inherit from it.',
    );
  });
});
