import { expect, it } from 'vitest';

import { memoryStorageArea } from '../control/storage-area.ts';
import { forgetReportElsewhere, reportKey } from './page-reports.ts';

const LIBRARY = 'http://127.0.0.1:4801';
const report = {
  places: [{ kind: 'relevant', itemId: 'book-1', title: 'Dune', categories: ['interests'] }],
  obscured: false,
  origin: LIBRARY,
};

it("drops a tab's report once the tab leaves its site, keeps it on the same site (review finding: the popup listed the previous site's marks)", async () => {
  const session = memoryStorageArea({ [reportKey(3)]: report, [reportKey(4)]: report });
  await forgetReportElsewhere(session, 3, `${LIBRARY}/boek/2`);
  expect((await session.get(reportKey(3)))[reportKey(3)]).toEqual(report);
  await forgetReportElsewhere(session, 3, 'http://127.0.0.1:4802/');
  expect(await session.get(reportKey(3))).toEqual({});
  await forgetReportElsewhere(session, 4, 'not a url');
  expect(await session.get(reportKey(4))).toEqual({});
});
