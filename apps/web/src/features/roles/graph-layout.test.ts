import { describe, expect, it } from 'vitest';
import { layoutTopDown, NODE_HEIGHT, NODE_WIDTH } from './graph-layout';

describe('layoutTopDown', () => {
  it('puts every parent above its children and keeps nodes of a rank apart', () => {
    // Base <- Middle <- Lead, Auditor <- Lead, Lead <- Trainee
    const { placed, height } = layoutTopDown(
      ['lead', 'middle', 'auditor', 'base', 'trainee'],
      [
        ['middle', 'lead'],
        ['auditor', 'lead'],
        ['base', 'middle'],
        ['lead', 'trainee'],
      ],
    );
    const at = new Map(placed.map((node) => [node.id, node]));
    const y = (id: string) => at.get(id)!.y;
    expect(y('base')).toBeLessThan(y('middle'));
    expect(y('middle')).toBeLessThan(y('lead'));
    expect(y('auditor')).toBeLessThan(y('lead'));
    expect(y('lead')).toBeLessThan(y('trainee'));
    expect(y('lead') - y('middle')).toBeGreaterThanOrEqual(NODE_HEIGHT);
    const sameRank = placed.filter((node) => node.y === y('middle')).map((node) => node.x).sort((a, b) => a - b);
    for (let i = 1; i < sameRank.length; i++) expect(sameRank[i]! - sameRank[i - 1]!).toBeGreaterThanOrEqual(NODE_WIDTH);
    expect(height).toBeGreaterThanOrEqual(y('trainee') + NODE_HEIGHT);
  });

  it('places a lone role', () => {
    expect(layoutTopDown(['alone'], []).placed).toHaveLength(1);
  });
});
