import { schoolCallerOf } from '../access';
import { route } from '../api';
import * as contract from './data-export.contract';
import { exportMyData, exportPupilData, type ExportDeps } from './data-export.service';

// The browser saves the answer as a file when it is opened directly (the web page uses it as JSON).
const asDownload = (res: { setHeader(name: string, value: string): unknown }, filename: string) =>
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);

export function dataExportRoutes(deps: ExportDeps) {
  return [
    route(contract.myData, async ({ caller, res }) => {
      const data = await exportMyData(deps, caller);
      asDownload(res, 'meine-daten.json');
      return data;
    }),
    route(contract.pupilData, async ({ req, res, params }) => {
      const data = await exportPupilData(deps, schoolCallerOf(req), params.id);
      asDownload(res, 'daten-kind.json');
      return data;
    }),
  ];
}
