import { CAREER_LISTS } from '../../src/api/career/career-lists';
import {
  groupSettingShares,
  toCareerSetting,
  type WorksInEdge,
} from '../../src/api/career/setting-shares';
import type { SettingShareScope } from '../../src/common/enums';

const edge = (
  settingId: string,
  oohCategory: string,
  sharePct: number | null,
  scope = 'OCCUPATION',
  source: string | null = `https://example.org/${oohCategory}`,
): WorksInEdge<{ id: string }> => ({
  setting: { id: settingId },
  settingId,
  settingName: settingId.replace(/^./, (c) => c.toUpperCase()),
  scope: scope as SettingShareScope,
  oohCategory,
  sharePct,
  source,
});

/** How a career's WORKS_IN edges become its settings (the settings list of career-lists.ts). */
describe('groupSettingShares', () => {
  it('when a setting groups several categories, then it is listed once with their known shares summed, largest category first', () => {
    const [hospitals] = groupSettingShares([
      edge('hospitals', 'Hospitals; private', 11),
      edge('hospitals', 'Hospitals; state', 30),
      edge('hospitals', 'Hospitals; local', null),
    ]);
    expect(hospitals?.sharePct).toBe(41);
    expect(hospitals?.edges.map((e) => e.oohCategory)).toEqual([
      'Hospitals; state',
      'Hospitals; private',
      'Hospitals; local',
    ]);
  });

  it('when no category of a setting has a share, then its share is null and it comes after those with one', () => {
    const groups = groupSettingShares([edge('zoos', 'Zoos', null), edge('offices', 'Offices', 2)]);
    expect(groups.map((g) => [g.setting.id, g.sharePct])).toEqual([
      ['offices', 2],
      ['zoos', null],
    ]);
  });

  it('when shares tie, then settings go by name regardless of case, then by scope', () => {
    const groups = groupSettingShares([
      edge('government', 'Government', 5, 'OCCUPATION'),
      edge('Clinics', 'Clinics', 5),
      edge('government', 'Government', 5, 'FAMILY'),
    ]);
    expect(groups.map((g) => [g.setting.id, g.scope])).toEqual([
      ['Clinics', 'OCCUPATION'],
      ['government', 'FAMILY'],
      ['government', 'OCCUPATION'],
    ]);
  });

  it('when floating-point shares are summed, then they add up in the order Cypher summed them', () => {
    const [g] = groupSettingShares([edge('s', 'a', 0.1), edge('s', 'b', 0.2), edge('s', 'c', 0.7)]);
    expect(g?.sharePct).toBe(0.7 + 0.2 + 0.1);
  });
});

describe('toCareerSetting', () => {
  const [group] = groupSettingShares([
    edge('hospitals', 'Hospitals; state', 30, 'OCCUPATION', 'https://a'),
    edge('hospitals', 'Hospitals; private', 11, 'OCCUPATION', 'https://a'),
    edge('hospitals', 'Hospitals; local', 4, 'OCCUPATION', 'https://b'),
  ]);

  it('when every field is asked for, then the categories, their sources once each and the largest category are given', () => {
    expect(toCareerSetting(group!, CAREER_LISTS.settings.full)).toEqual({
      setting: { id: 'hospitals' },
      sharePct: 45,
      scope: 'OCCUPATION',
      oohCategories: ['Hospitals; state', 'Hospitals; private', 'Hospitals; local'],
      categories: [
        { oohCategory: 'Hospitals; state', sharePct: 30, source: 'https://a' },
        { oohCategory: 'Hospitals; private', sharePct: 11, source: 'https://a' },
        { oohCategory: 'Hospitals; local', sharePct: 4, source: 'https://b' },
      ],
      sources: ['https://a', 'https://b'],
      oohCategory: 'Hospitals; state',
      source: 'https://a',
    });
  });

  it('when only the share is asked for, then nothing else is built', () => {
    const none = {
      oohCategories: false,
      categories: false,
      sources: false,
      largestCategory: false,
    };
    expect(toCareerSetting(group!, none)).toEqual({
      setting: { id: 'hospitals' },
      sharePct: 45,
      scope: 'OCCUPATION',
    });
  });
});
