import { toCsv } from '../../web/explore/careers-csv';
import {
  DEFAULT_SORT,
  chosenFacets,
  PARAM,
  dropUnknownIds,
  emptyState,
  parseUrl,
  toFilter,
  toSearch,
  type ExploreState,
} from '../../web/explore/careers-state';
import { EDUCATION_LEVEL, LICENSURE } from '../../src/shared/vocabulary';

/** The explorer's URL grammar (docs/explorer.md): parameters named after CareerFilter's fields. */
describe('the /explore URL', () => {
  const full: ExploreState = {
    licensure: ['NOT_REQUIRED', 'VARIES_BY_STATE'],
    educationAtMost: 'ASSOCIATES_DEGREE',
    educationAtLeast: 'HIGH_SCHOOL_DIPLOMA',
    worksInAny: ['hospitals', 'offices-of-physicians'],
    worksInMinSharePct: 20,
    traitsAll: ['detail-oriented'],
    credentialsAny: ['rhit', 'cca'],
    payMin: 60000,
    payMax: 120000.5,
    growthMin: -2,
    growthMax: 15,
    text: 'medical records',
    sort: { field: 'MEDIAN_PAY', direction: 'DESC' },
  };

  it('when a state is written and read back, then it is the same state, with no notice', () => {
    const parsed = parseUrl(toSearch(full));
    expect(parsed.notices).toEqual([]);
    expect(parsed.state).toEqual(full);
  });

  it('when the empty state is written, then the address has no query, and reads back as the empty state', () => {
    expect(toSearch(emptyState())).toBe('');
    expect(parseUrl('')).toEqual({ state: emptyState(), notices: [] });
    expect(emptyState().sort).toEqual(DEFAULT_SORT);
  });

  it('when written, then parameter names are the filter fields, lists are comma-separated and readable', () => {
    expect(toSearch(full)).toBe(
      '?licensure=NOT_REQUIRED,VARIES_BY_STATE&entryEducation.atMost=ASSOCIATES_DEGREE' +
        '&entryEducation.atLeast=HIGH_SCHOOL_DIPLOMA&worksIn.any=hospitals,offices-of-physicians' +
        '&worksIn.minSharePct=20&traits.all=detail-oriented&credentials.any=rhit,cca' +
        '&medianPay.min=60000&medianPay.max=120000.5&projectedGrowthPct.min=-2' +
        '&projectedGrowthPct.max=15&text=medical+records&sort=MEDIAN_PAY_DESC',
    );
  });

  it('when a list is given as repeated parameters, then the values are read as one list, without duplicates', () => {
    const { state, notices } = parseUrl('?licensure=REQUIRED&licensure=NOT_REQUIRED,REQUIRED');
    expect(notices).toEqual([]);
    expect(state.licensure).toEqual(['REQUIRED', 'NOT_REQUIRED']);
  });

  it('when parameters or values cannot be read, then each is left out with a notice naming it, and the rest applies', () => {
    const { state, notices } = parseUrl(
      '?licensure=NOT_REQUIRED,SOMETIMES&entryEducation.atMost=PHD&worksIn.any=Hospitals!,hospitals' +
        '&worksIn.minSharePct=140&medianPay.min=lots&projectedGrowthPct.max=&colour=blue&sort=UP',
    );
    expect(state).toEqual({
      ...emptyState(),
      licensure: ['NOT_REQUIRED'],
      worksInAny: ['hospitals'],
    });
    for (const part of ['SOMETIMES', 'PHD', 'Hospitals!', '140', 'lots', 'colour', 'UP']) {
      expect(notices.some((n) => n.includes(part))).toBe(true);
    }
    expect(notices).toHaveLength(7);
  });

  it('when a range has min above max, then max is left out with a notice (the API would refuse the range)', () => {
    const { state, notices } = parseUrl('?medianPay.min=90000&medianPay.max=50000');
    expect([state.payMin, state.payMax]).toEqual([90000, null]);
    expect(notices).toEqual([`${PARAM.payMax} is below ${PARAM.payMin}; it was ignored.`]);
  });

  it('when the words are longer than the cap, then they are left out with a notice', () => {
    const { state, notices } = parseUrl(`?text=${'a'.repeat(201)}`);
    expect(state.text).toBe('');
    expect(notices).toHaveLength(1);
  });

  it('when every licensure and education value of the vocabulary is given, then each is read', () => {
    const { state, notices } = parseUrl(`?licensure=${LICENSURE.values.join(',')}`);
    expect(notices).toEqual([]);
    expect(state.licensure).toEqual([...LICENSURE.values]);
    for (const code of EDUCATION_LEVEL.values) {
      expect(parseUrl(`?entryEducation.atLeast=${code}`).state.educationAtLeast).toBe(code);
    }
  });

  it('when ids are not in the graph, then they are dropped with a notice each', () => {
    const { state } = parseUrl(
      '?worksIn.any=hospitals,moon-base&traits.all=nope&credentials.any=rhit',
    );
    const notices = dropUnknownIds(state, {
      settings: [{ id: 'hospitals', name: 'Hospitals' }],
      traits: [],
      credentials: [{ id: 'rhit', name: 'RHIT', acronym: 'RHIT', kind: 'CERTIFICATION' }],
    });
    expect(state.worksInAny).toEqual(['hospitals']);
    expect(state.traitsAll).toEqual([]);
    expect(state.credentialsAny).toEqual(['rhit']);
    expect(notices).toHaveLength(2);
  });
});

describe('the number of chosen facets', () => {
  it('when ranges, lists and words are chosen, then each facet counts once', () => {
    expect(chosenFacets(emptyState())).toBe(0);
    const { state } = parseUrl(
      '?licensure=REQUIRED,NOT_REQUIRED&medianPay.min=1&medianPay.max=2&text=x&worksIn.minSharePct=5',
    );
    expect(chosenFacets(state)).toBe(4);
  });
});

describe('the filter the page sends', () => {
  it('when nothing is chosen, then no filter is sent (all careers)', () => {
    expect(toFilter(emptyState())).toBeNull();
  });

  it('when facets are chosen, then each becomes its CareerFilter field', () => {
    const { state } = parseUrl(
      '?licensure=NOT_REQUIRED&entryEducation.atMost=ASSOCIATES_DEGREE&worksIn.any=hospitals' +
        '&worksIn.minSharePct=20&traits.all=detail-oriented&credentials.any=rhit' +
        '&medianPay.min=60000&projectedGrowthPct.min=5&text=records',
    );
    expect(toFilter(state)).toEqual({
      licensure: ['NOT_REQUIRED'],
      entryEducation: { atMost: 'ASSOCIATES_DEGREE' },
      worksIn: { any: ['hospitals'], minSharePct: 20 },
      traits: { all: ['detail-oriented'] },
      credentials: { any: ['rhit'] },
      medianPay: { min: 60000 },
      projectedGrowthPct: { min: 5 },
      text: 'records',
    });
  });

  it('when only a minimum share is set, then worksIn is not sent (the API needs setting ids beside it)', () => {
    const { state } = parseUrl('?worksIn.minSharePct=20');
    expect(state.worksInMinSharePct).toBe(20);
    expect(toFilter(state)).toBeNull();
  });
});

describe('the CSV download', () => {
  it('when cells hold commas, quotes or line breaks, then they are quoted per RFC 4180, lines end in CRLF', () => {
    expect(
      toCsv([
        ['Career', 'Median pay'],
        ['Nurses, registered', '$93,600'],
        ['Say "hi"', 'two\nlines'],
      ]),
    ).toBe('Career,Median pay\r\n"Nurses, registered","$93,600"\r\n"Say ""hi""","two\nlines"\r\n');
  });

  it('when a cell opens like a spreadsheet formula, then it gets a leading apostrophe', () => {
    expect(toCsv([['=SUM(A1)', '+1', '-1', '@x', '−5 % (8 points below)']])).toBe(
      "'=SUM(A1),'+1,'-1,'@x,−5 % (8 points below)\r\n",
    );
  });
});
