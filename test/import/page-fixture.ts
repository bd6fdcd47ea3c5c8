/**
 * A minimal OOH page with the same markup as the real ones, small enough to read in a test. Parts
 * can be left out to check that the parser names what is missing.
 */
export interface FixtureOptions {
  title?: string;
  pay?: string;
  education?: string;
  employers?: [string, string][];
  licensing?: string[];
  qualities?: string[];
  omit?: ('quickfacts' | 'projections' | 'licensing' | 'qualities' | 'modified' | 'canonical')[];
}

export function fixturePage(options: FixtureOptions = {}): string {
  const omit = new Set(options.omit ?? []);
  const title = options.title ?? 'Medical Records Specialists';
  const employers = options.employers ?? [
    ['Hospitals; state, local, and private', '28%'],
    ['Offices of physicians', '19'],
  ];
  const licensing = options.licensing ?? [
    'Employers may prefer to hire medical records specialists who have certification.',
  ];
  const qualities = options.qualities ?? ['Detail oriented.', 'Integrity.'];
  const quickFacts = `
    <table class="regular-text tooltips" id="quickfacts">
      <thead><tr><th colspan="2">    Quick Facts:     ${title}</th></tr></thead>
      <tbody>
        <tr><th><a>2024     Median Pay</a></th><td>${options.pay ?? '$50,250 per year <br>$24.16 per hour'}</td></tr>
        <tr><th><a>Typical Entry-Level Education</a></th><td>${options.education ?? 'Postsecondary nondegree award'}</td></tr>
        <tr><th><a>Work Experience in a Related Occupation</a></th><td>None</td></tr>
        <tr><th><a>On-the-job Training</a></th><td>None</td></tr>
        <tr><th><a>Number of Jobs, 2024</a></th><td>194,800</td></tr>
        <tr><th><a>Job Outlook, 2024–34</a></th><td>7% (Much faster than average)</td></tr>
        <tr><th><a>Employment Change, 2024–34</a></th><td>13,800</td></tr>
      </tbody>
    </table>`;
  const projections = `
    <table class="regular" id="outlook-table"><tbody>
      <tr><th><p><strong>${title}</strong></p></th><td>29-2072</td><td>194,800</td><td>208,600</td><td>7</td><td>13,800</td><td>Get data</td></tr>
    </tbody></table>`;
  return `<!DOCTYPE html><html><head>
    ${omit.has('canonical') ? '' : '<link rel="canonical" href="https://www.bls.gov/ooh/healthcare/medical-records-and-health-information-technicians.htm">'}
    </head><body>
    <div id="tab-1"><article>${omit.has('quickfacts') ? '' : quickFacts}</article></div>
    <div id="tab-3"><article>
      <p>${title} held about 194,800 jobs in 2024. The largest employers of ${title.toLowerCase()} were as follows:</p>
      <table class="ooh-tab-table"><tbody>
        ${employers.map(([c, s]) => `<tr><td>${c}</td><td style="text-align:right;">${s}</td></tr>`).join('')}
      </tbody></table>
    </article></div>
    <div id="tab-4"><article>
      <h2>How to Become One</h2>
      <h3>Education</h3><p>Most need a postsecondary certificate.</p>
      ${omit.has('licensing') ? '' : `<h3>Licenses, Certifications, and Registrations</h3>${licensing.map((p) => `<p>${p}</p>`).join('')}`}
      ${omit.has('qualities') ? '' : `<h3>Important Qualities</h3><p>The following are examples of qualities.</p>${qualities.map((q) => `<p><strong><em>${q}</em></strong> Words about it.</p>`).join('')}`}
    </article></div>
    <div id="tab-5"><article>
      <p>The median annual wage for ${title.toLowerCase()} was $50,250 in May 2024. The lowest 10 percent earned less than $35,780, and the highest 10 percent earned more than $80,950.</p>
      <p>In May 2024, the median annual wages for ${title.toLowerCase()} in the top industries in which they worked were as follows:</p>
      <table class="ooh-tab-table"><tbody>
        <tr><td>Hospitals; state, local, and private</td><td>$56,520</td></tr>
        <tr><td>Offices of physicians</td><td>45,620</td></tr>
      </tbody></table>
    </article></div>
    <div id="tab-6"><article>
      <p>About 14,200 openings for ${title.toLowerCase()} are projected each year, on average, over the decade.</p>
      ${omit.has('projections') ? '' : projections}
    </article></div>
    <div id="tab-8"><article><table><tbody>
      <tr><td><strong><a href="/ooh/healthcare/medical-assistants.htm">Medical Assistants</a></strong></td></tr>
      <tr><td><strong><a href="/ooh/office-and-administrative-support/information-clerks.htm">Information Clerks</a></strong></td></tr>
    </tbody></table></article></div>
    ${omit.has('modified') ? '' : '<p class="update"><strong>Last Modified Date:</strong> Thursday, August 28, 2025</p>'}
    </body></html>`;
}
